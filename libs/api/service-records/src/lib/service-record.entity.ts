import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CaseEntity } from '@ibd/api/cases';
import { UnitEntity } from '@ibd/api/units';
import { UserEntity } from '@ibd/api/users';
import { ServiceTypeEntity } from './service-type.entity';

/** One service rendered to a case: what, when, how long, by whom, where; the note is encrypted. */
@Entity({ name: 'service_records' })
@Index('service_records_case_provided_idx', ['caseId', 'providedAt'])
@Index('service_records_facility_provided_idx', ['facilityId', 'providedAt'])
/** Statistics read the records of a period across facilities. */
@Index('service_records_provided_idx', ['providedAt'])
@Check('service_records_duration_check', `duration_minutes BETWEEN 1 AND 1440`)
export class ServiceRecordEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @ManyToOne(() => CaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id' })
  case?: CaseEntity;

  @Column({ type: 'varchar', length: 48 })
  type!: string;

  @ManyToOne(() => ServiceTypeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'type' })
  serviceType?: ServiceTypeEntity;

  @Column({ name: 'provided_at', type: 'timestamptz' })
  providedAt!: Date;

  @Column({ name: 'duration_minutes', type: 'integer' })
  durationMinutes!: number;

  @Column({ name: 'staff_id', type: 'uuid' })
  staffId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'staff_id' })
  staff?: UserEntity;

  @Column({ name: 'facility_id', type: 'uuid' })
  facilityId!: string;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'facility_id' })
  facility?: UnitEntity;

  @Column({ name: 'notes_enc', type: 'text', nullable: true })
  notesEnc!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
