import { BadRequestException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Actor, appendAudit } from '@ibd/api/audit';
import { Keyring } from '@ibd/api/identity';
import { type ExchangeRecord, fromHtcds, type HtcdsRecord } from '@ibd/api/interchange';
import { ReferralImportEntity, ReferralsService, type SentReferral } from '@ibd/api/referrals';
import { type VictimIdentity } from '@ibd/api/victims';
import { HtcdsImportDto, ImportReferralQuery } from './dto/htcds-import.dto';
import { queryRows, todayInSofia } from '@ibd/api/core';

/** The record in the shape `fromHtcds` reads: absent optional fields as null or empty. */
const complete = (dto: HtcdsImportDto): HtcdsRecord => ({
  ...dto,
  prs_Citizenship: dto.prs_Citizenship ?? [],
  ageBroad: dto.ageBroad ?? null,
  majorityStatus: dto.majorityStatus ?? null,
  vic_MethodsOfControl: dto.vic_MethodsOfControl ?? [],
  vic_RelationshipToTrafficker: dto.vic_RelationshipToTrafficker ?? null,
  hte_Events: dto.hte_Events ?? [],
  ibd_BirthYear: dto.ibd_BirthYear ?? (dto.prs_Birthdate ? Number(dto.prs_Birthdate.slice(0, 4)) : null),
  ibd_IdentifiedOn: dto.ibd_IdentifiedOn ?? todayInSofia(),
  ibd_FormalIdentifiedOn: dto.ibd_FormalIdentifiedOn ?? null,
  ibd_AssistanceTypes: dto.ibd_AssistanceTypes ?? [],
  ibd_ConsentIncludesIdentity: dto.ibd_ConsentIncludesIdentity ?? false,
});

/** What the fields say together, beyond each field's own check; every message names its field. */
function inconsistencies(dto: HtcdsImportDto, record: ExchangeRecord): string[] {
  const problems: string[] = [];
  const identityGiven = Object.keys(dto).some(
    (key) => key.startsWith('prs_') && !['prs_Gender', 'prs_Citizenship'].includes(key),
  );
  if (identityGiven && !record.consent.includesIdentity)
    problems.push('prs_FirstName: identity was sent, but ibd_ConsentIncludesIdentity does not let it travel');
  if (identityGiven && (!dto.prs_FirstName || !dto.prs_SecondName))
    problems.push('prs_FirstName and prs_SecondName are required when identity is sent');
  if (dto.prs_Birthdate && dto.ibd_BirthYear != null && Number(dto.prs_Birthdate.slice(0, 4)) !== dto.ibd_BirthYear)
    problems.push('ibd_BirthYear does not match prs_Birthdate');
  if (record.birthYear !== null && Number(record.identifiedAt.slice(0, 4)) < record.birthYear)
    problems.push('ibd_IdentifiedOn is before ibd_BirthYear');
  if (record.formalIdentifiedAt !== null && record.formalIdentifiedAt < record.identifiedAt)
    problems.push('ibd_FormalIdentifiedOn is before ibd_IdentifiedOn');
  if (dto.ibd_FormalIdentifiedOn && dto.vic_TraffickingStatus !== 'ActualVictimOfTrafficking')
    problems.push('ibd_FormalIdentifiedOn is given, but vic_TraffickingStatus is not ActualVictimOfTrafficking');
  return problems;
}

/** ИБД's identity of a person from the record's (victims' `identity`). */
const victimIdentity = (record: ExchangeRecord): VictimIdentity | null =>
  record.identity && {
    firstName: record.identity.firstName,
    middleName: record.identity.middleName,
    lastName: record.identity.lastName,
    dateOfBirth: record.identity.dateOfBirth,
    phones: record.identity.phone ? [record.identity.phone] : undefined,
    emails: record.identity.email ? [record.identity.email] : undefined,
  };

/**
 * An HTCDS record from a partner abroad becomes an incoming referral (source `foreign_authority`,
 * the partner's country) to a facility, with what the record says kept for the case the facility
 * opens on acceptance. All of it in one transaction: a refused record writes nothing.
 */
@Injectable()
export class ReferralImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly referrals: ReferralsService,
    private readonly keyring: Keyring,
  ) {}

  async import(dto: HtcdsImportDto, query: ImportReferralQuery, actor: Actor): Promise<SentReferral> {
    const record = fromHtcds(complete(dto));
    const problems = inconsistencies(dto, record);
    if (problems.length > 0) throw new BadRequestException(problems);
    return this.dataSource.transaction(async (manager) => {
      await this.assertKnownServiceTypes(manager, record.assistanceTypes);
      const sent = await this.referrals.send(
        manager,
        {
          toUnitId: query.toUnitId,
          source: 'foreign_authority',
          victim: {
            sex: record.sex,
            citizenship: record.citizenship ?? undefined,
            birthYear: record.birthYear ?? undefined,
            exploitationForms: record.exploitationForms,
          },
          reason: `Transnational referral (HTCDS) from ${record.sender.name}`,
          urgency: query.urgency ?? 'normal',
          consent: { given: true, date: record.consent.date },
          transnational: { country: record.sender.country },
        },
        actor,
        { audit: false },
      );
      const identity = victimIdentity(record);
      await manager.getRepository(ReferralImportEntity).insert({
        referralId: sent.id,
        partnerName: record.sender.name,
        identifiedAt: record.identifiedAt,
        identifiedBy: record.identifiedBy,
        formalIdentifiedAt: record.formalIdentifiedAt,
        formalIdentifiedBy: record.formalIdentifiedBy,
        recruitmentCountries: record.recruitmentCountries,
        exploitationCountries: record.exploitationCountries,
        meansOfControl: record.meansOfControl,
        recruiterRelationship: record.recruiterRelationship,
        assistanceTypes: record.assistanceTypes,
        child: record.child,
        consentIncludesIdentity: record.consent.includesIdentity,
        identityEnc: identity ? this.keyring.encryptJson(identity) : null,
      });
      await appendAudit(manager, actor, { action: 'referral.import', entity: 'referral', entityId: sent.id });
      return { id: sent.id, code: sent.code, status: sent.status };
    });
  }

  private async assertKnownServiceTypes(manager: EntityManager, codes: string[]): Promise<void> {
    if (codes.length === 0) return;
    const known = await queryRows<{ code: string }>(
      manager,
      'SELECT code FROM service_types WHERE code = ANY($1::text[])',
      [codes],
    );
    const unknown = codes.filter((code) => !known.some((row) => row.code === code));
    if (unknown.length > 0)
      throw new BadRequestException([`ibd_AssistanceTypes must contain only service types of the catalogue`]);
  }
}
