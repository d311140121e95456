/**
 * What runs raw SQL: TypeORM's DataSource, EntityManager or QueryRunner. Their `query` returns
 * `any`; the helpers below give every result its type, so a renamed column is a
 * compile error where it is read. Column names are typed as the SQL returns them (snake_case
 * unless aliased); pg returns numeric and bigint columns as strings.
 */
export interface SqlRunner {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

/** TypeORM answers an UPDATE or DELETE with `[rows, rowCount]`, any other statement with its rows. */
type Answer = unknown[] | [unknown[], number];

function isChange(answer: Answer): answer is [unknown[], number] {
  return answer.length === 2 && Array.isArray(answer[0]) && typeof answer[1] === 'number';
}

/**
 * The rows of a SELECT, or of an INSERT, UPDATE or DELETE … RETURNING. `Row` is required: left
 * out, the rows are `unknown` and nothing can be read from them.
 */
export async function queryRows<Row>(db: SqlRunner, sql: string, parameters?: unknown[]): Promise<Row[]> {
  const answer = (await db.query(sql, parameters)) as Answer;
  return (isChange(answer) ? answer[0] : answer) as Row[];
}

/** The first row of `queryRows`, or undefined when there is none. */
export async function queryRow<Row>(db: SqlRunner, sql: string, parameters?: unknown[]): Promise<Row | undefined> {
  return (await queryRows<Row>(db, sql, parameters)).at(0);
}

/** How many rows an UPDATE or DELETE changed. */
export async function affectedRows(db: SqlRunner, sql: string, parameters?: unknown[]): Promise<number> {
  const answer = (await db.query(sql, parameters)) as Answer;
  if (!isChange(answer)) throw new Error('affectedRows counts the rows of an UPDATE or DELETE');
  return answer[1];
}

/** A statement whose result is not read (DDL, SET, LOCK, an INSERT without RETURNING, …). */
export async function execute(db: SqlRunner, sql: string, parameters?: unknown[]): Promise<void> {
  await db.query(sql, parameters);
}
