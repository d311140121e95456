import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { UnitEntity } from './unit.entity';

/** One bed of a residential facility; capacity is the number of active beds. */
@Entity({ name: 'beds' })
@Index('beds_unit_code_key', ['unitId', 'code'], { unique: true })
// Target of the composite foreign key (bed_id, facility_id) of bed_assignments: a bed of that facility.
@Unique('beds_id_unit_key', ['id', 'unitId'])
export class BedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'unit_id', type: 'uuid' })
  unitId!: string;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id' })
  unit?: UnitEntity;

  @Column({ type: 'varchar', length: 32 })
  code!: string;

  @Column({ type: 'varchar', length: 100 })
  label!: string;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
