import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { MeansOfControl, RecruiterRelationship, Source } from '@ibd/shared/contracts';
import { ReferralEntity } from './referral.entity';

const SOURCES_SQL = `('police', 'border_police', 'prosecution', 'social_assistance', 'child_protection_agency', 'consulate', 'local_commission', 'ngo', 'iom', 'hotline', 'self_referral', 'foreign_authority', 'other')`;

/**
 * What an HTCDS record from a partner abroad brought with an incoming referral, beyond the
 * referral's own summary (sex, citizenship, birth year, forms of exploitation): the facts the case
 * opens with when the receiving facility accepts, and the identity when the person's consent lets
 * it travel (encrypted like every identity, `*_enc`; read by no endpoint before acceptance).
 */
@Entity({ name: 'referral_imports' })
@Index('referral_imports_referral_key', ['referralId'], { unique: true })
@Check('referral_imports_identified_by_check', `identified_by IN ${SOURCES_SQL}`)
@Check('referral_imports_formal_identified_by_check', `formal_identified_by IN ${SOURCES_SQL}`)
@Check(
  'referral_imports_formal_identification_check',
  `(formal_identified_at IS NULL) = (formal_identified_by IS NULL)`,
)
@Check('referral_imports_identity_check', `identity_enc IS NULL OR consent_includes_identity`)
export class ReferralImportEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'referral_id', type: 'uuid' })
  referralId!: string;

  @ManyToOne(() => ReferralEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'referral_id', foreignKeyConstraintName: 'referral_imports_referral_fkey' })
  referral?: ReferralEntity;

  /** The referring organisation abroad (`org_Name`): an organisation, not a person. */
  @Column({ name: 'partner_name', type: 'varchar', length: 200 })
  partnerName!: string;

  @Column({ name: 'identified_at', type: 'date' })
  identifiedAt!: string;

  @Column({ name: 'identified_by', type: 'varchar', length: 32 })
  identifiedBy!: Source;

  @Column({ name: 'formal_identified_at', type: 'date', nullable: true })
  formalIdentifiedAt!: string | null;

  @Column({ name: 'formal_identified_by', type: 'varchar', length: 32, nullable: true })
  formalIdentifiedBy!: Source | null;

  @Column({ name: 'recruitment_countries', type: 'varchar', length: 2, array: true, default: () => `'{}'` })
  recruitmentCountries!: string[];

  @Column({ name: 'exploitation_countries', type: 'varchar', length: 2, array: true, default: () => `'{}'` })
  exploitationCountries!: string[];

  @Column({ name: 'means_of_control', type: 'varchar', length: 32, array: true, default: () => `'{}'` })
  meansOfControl!: MeansOfControl[];

  @Column({ name: 'recruiter_relationship', type: 'varchar', length: 24, nullable: true })
  recruiterRelationship!: RecruiterRelationship | null;

  /** Service types the partner gave the person (ИБД's catalogue codes). */
  @Column({ name: 'assistance_types', type: 'varchar', length: 48, array: true, default: () => `'{}'` })
  assistanceTypes!: string[];

  /** The sender's determination (CTDC `majorityStatus`): it knew the birth date, ИБД may know the year only. */
  @Column({ type: 'boolean', nullable: true })
  child!: boolean | null;

  @Column({ name: 'consent_includes_identity', type: 'boolean' })
  consentIncludesIdentity!: boolean;

  @Column({ name: 'identity_enc', type: 'text', nullable: true })
  identityEnc!: string | null;
}
