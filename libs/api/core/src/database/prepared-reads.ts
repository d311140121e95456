import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { Pool, type QueryResultRow } from 'pg';
import type { EntityManager } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { queryRows } from './sql';

/** A statement written with `:name` parameters, compiled once to PostgreSQL's `$n` form. */
interface Compiled {
  name: string;
  text: string;
  order: string[];
}

/** A quoted SQL literal (kept as it is) or a `:name` parameter; `::type` casts are neither. */
const LITERAL_OR_PARAMETER = /'(?:[^']|'')*'|(?<!:):([A-Za-z][A-Za-z0-9]*)/g;

/** `:name` → `$n` (a name used twice keeps one number); casts and quoted literals are left alone. */
export function compileNamed(sql: string, name: string): Compiled {
  const order: string[] = [];
  const text = sql.replace(LITERAL_OR_PARAMETER, (match, parameter: string | undefined) => {
    if (parameter === undefined) return match;
    const index = order.indexOf(parameter);
    if (index >= 0) return `$${index + 1}`;
    order.push(parameter);
    return `$${order.length}`;
  });
  return { name, text, order };
}

/**
 * The hot reads (a case by id, a page of cases) and writes done in one statement (a service
 * rendered): SQL text fixed by the code, values always as parameters, run as named prepared
 * statements on a pool of their own, so the request skips TypeORM's query builder and each
 * connection parses and plans a statement once. Outside a transaction a statement is its own
 * transaction: whatever it writes commits together or not at all.
 *
 * Planned once, really: PostgreSQL would otherwise plan a page query again on every execution,
 * because a generic plan with OFFSET/LIMIT as parameters is estimated to read a tenth of the table
 * and never looks cheaper than a custom plan (about 0.3 ms of the database's CPU per page). The
 * pool's connections run with `plan_cache_mode = force_generic_plan`; it is a pool of its own
 * because that setting would also apply to TypeORM's statements. Inside a transaction the
 * transaction's manager runs the same text, so the read sees the transaction's writes.
 */
@Injectable()
export class PreparedReads implements OnModuleDestroy {
  private readonly statements = new Map<string, Compiled>();
  private readonly pool: Pool;
  private readonly logger = new Logger(PreparedReads.name);

  constructor(config: AppConfig) {
    this.pool = new Pool({
      connectionString: config.DATABASE_URL,
      max: config.DATABASE_POOL_SIZE,
      application_name: 'ibd-reads',
      options: '-c plan_cache_mode=force_generic_plan',
    });
    // An idle connection dropped by the server is replaced on the next read; never a crash.
    this.pool.on('error', (error) => this.logger.warn(`idle connection lost (${error.message})`));
  }

  async rows<T extends QueryResultRow>(
    sql: string,
    params: Record<string, unknown>,
    manager?: EntityManager,
  ): Promise<T[]> {
    const statement = this.compiled(sql);
    const values = statement.order.map((name) => {
      if (!(name in params)) throw new Error(`SQL parameter :${name} has no value`);
      return params[name];
    });
    if (manager?.queryRunner) return queryRows<T>(manager, statement.text, values);
    const result = await this.pool.query<T>({ name: statement.name, text: statement.text, values });
    return result.rows;
  }

  async onModuleDestroy(): Promise<void> {
    await this.pool.end();
  }

  private compiled(sql: string): Compiled {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = compileNamed(sql, `ibd_${this.statements.size + 1}`);
      this.statements.set(sql, statement);
    }
    return statement;
  }
}
