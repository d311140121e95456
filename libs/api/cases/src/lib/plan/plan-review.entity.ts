import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '@ibd/api/users';
import { CaseEntity } from '../case.entity';

/** A review of the plan: when, what was found (encrypted), when the next one is due. */
@Entity({ name: 'plan_reviews' })
@Index('plan_reviews_case_idx', ['caseId', 'reviewedOn'])
export class PlanReviewEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @ManyToOne(() => CaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id' })
  case?: CaseEntity;

  @Column({ name: 'reviewed_on', type: 'date' })
  reviewedOn!: string;

  @Column({ name: 'summary_enc', type: 'text' })
  summaryEnc!: string;

  @Column({ name: 'next_review_on', type: 'date', nullable: true })
  nextReviewOn!: string | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by' })
  creator?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
