import { Check, Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * Thresholds of the alerts job (`term_ending_days`, `referral_answer_hours`): data, seeded by a
 * migration and changed with an UPDATE, like the legal terms.
 */
@Entity({ name: 'alert_settings' })
@Check('alert_settings_value_check', `value > 0`)
@Check('alert_settings_unit_check', `unit IN ('hours', 'days')`)
export class AlertSettingEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  key!: string;

  @Column({ type: 'integer' })
  value!: number;

  @Column({ type: 'varchar', length: 16 })
  unit!: string;

  @Column({ type: 'varchar', length: 500 })
  description!: string;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
