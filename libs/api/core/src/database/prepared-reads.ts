import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Pool } from 'pg';
import { DataSource, EntityManager } from 'typeorm';

/** A statement written with `:name` parameters, compiled once to PostgreSQL's `$n` form. */
interface Compiled {
  name: string;
  text: string;
  order: string[];
}

const PARAMETER = /(?<!:):([A-Za-z][A-Za-z0-9]*)/g;

/** `:name` → `$n` (a name used twice keeps one number); `::type` casts are left alone. */
export function compileNamed(sql: string, name: string): Compiled {
  const order: string[] = [];
  const text = sql.replace(PARAMETER, (_match, parameter: string) => {
    const index = order.indexOf(parameter);
    if (index >= 0) return `$${index + 1}`;
    order.push(parameter);
    return `$${order.length}`;
  });
  return { name, text, order };
}

/**
 * The hot reads (a case by id, a page of cases): SQL text fixed by the code, values always as
 * parameters, run on the pool as named prepared statements, so each connection parses and plans a
 * statement once and the request skips TypeORM's query builder. Inside a transaction the
 * transaction's manager runs the same text, so the read sees the transaction's writes.
 */
@Injectable()
export class PreparedReads {
  private readonly statements = new Map<string, Compiled>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async rows<T>(sql: string, params: Record<string, unknown>, manager?: EntityManager): Promise<T[]> {
    const statement = this.compiled(sql);
    const values = statement.order.map((name) => {
      if (!(name in params)) throw new Error(`SQL parameter :${name} has no value`);
      return params[name];
    });
    if (manager?.queryRunner) return manager.query(statement.text, values);
    const pool = (this.dataSource.driver as unknown as { master: Pool }).master;
    const result = await pool.query({ name: statement.name, text: statement.text, values });
    return result.rows as T[];
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
