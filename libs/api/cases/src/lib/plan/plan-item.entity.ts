import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { PlanItemKind, PlanItemStatus, RiskLevel } from '@ibd/shared/contracts';
import { UserEntity } from '@ibd/api/users';
import { CaseEntity } from '../case.entity';

/**
 * A need, a risk or a goal of a case's support & safety plan. The free text and the responsible
 * person could identify someone, so both are encrypted like identity (`*_enc`).
 */
@Entity({ name: 'plan_items' })
@Index('plan_items_case_idx', ['caseId', 'createdAt'])
@Check('plan_items_kind_check', `kind IN ('need', 'risk', 'goal')`)
@Check('plan_items_status_check', `status IN ('open', 'achieved', 'dropped')`)
@Check(
  'plan_items_risk_level_check',
  `(kind = 'risk') = (risk_level IS NOT NULL) AND risk_level IN ('low', 'medium', 'high')`,
)
export class PlanItemEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @ManyToOne(() => CaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id' })
  case?: CaseEntity;

  @Column({ type: 'varchar', length: 16 })
  kind!: PlanItemKind;

  @Column({ name: 'text_enc', type: 'text' })
  textEnc!: string;

  @Column({ name: 'risk_level', type: 'varchar', length: 16, nullable: true })
  riskLevel!: RiskLevel | null;

  @Column({ name: 'due_on', type: 'date', nullable: true })
  dueOn!: string | null;

  @Column({ name: 'responsible_enc', type: 'text', nullable: true })
  responsibleEnc!: string | null;

  @Column({ type: 'varchar', length: 16, default: 'open' })
  status!: PlanItemStatus;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by' })
  creator?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
