import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The last number handed out per scope (victims, or one facility's cases) and year. */
@Entity({ name: 'code_counters' })
export class CodeCounterEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  scope!: string;

  @PrimaryColumn({ type: 'smallint' })
  year!: number;

  @Column({ name: 'last_value', type: 'integer' })
  lastValue!: number;
}
