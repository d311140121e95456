import { ConflictException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Actor, appendAudit } from '@ibd/api/audit';
import { CaseFinder } from '@ibd/api/cases';
import { Keyring } from '@ibd/api/identity';
import { type ExchangeIdentity, type HtcdsRecord, toHtcds } from '@ibd/api/interchange';
import { UnitEntity } from '@ibd/api/units';
import { type VictimIdentity, VictimEntity } from '@ibd/api/victims';
import { queryRows } from '@ibd/api/core';

/** The country of ИБД's facilities, the sending organisation of every export. */
const OWN_COUNTRY = 'BG';

export const noTransnationalConsent = () =>
  new ConflictException(
    "transnationalConsent: the person's consent to a transnational referral is not recorded on the case",
  );

const exchangeIdentity = (identity: VictimIdentity): ExchangeIdentity => ({
  firstName: identity.firstName,
  middleName: identity.middleName,
  lastName: identity.lastName,
  dateOfBirth: identity.dateOfBirth,
  phone: identity.phones?.[0],
  email: identity.emails?.[0],
});

/**
 * A case as an HTCDS record for a transnational referral: only with the person's consent recorded
 * on the case (409 otherwise), identity only when that consent includes it, every export audited
 * in the transaction that reads it.
 */
@Injectable()
export class CaseExportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cases: CaseFinder,
    private readonly keyring: Keyring,
  ) {}

  export(caseId: string, actor: Actor): Promise<{ code: string; document: HtcdsRecord }> {
    return this.dataSource.transaction(async (manager) => {
      const found = await this.cases.findInScope(caseId, actor, manager);
      if (!found.trmConsentGiven || !found.trmConsentDate) throw noTransnationalConsent();
      const victim = await manager.getRepository(VictimEntity).findOneByOrFail({ id: found.victimId });
      const facility = await manager.getRepository(UnitEntity).findOneByOrFail({ id: found.facilityId });
      const rendered = await queryRows<{ type: string }>(
        manager,
        'SELECT DISTINCT type FROM service_records WHERE case_id = $1',
        [found.id],
      );
      const withIdentity = found.trmConsentIdentity;
      const document = toHtcds({
        sender: { name: facility.code, country: OWN_COUNTRY },
        sex: victim.sex,
        citizenship: victim.citizenship,
        birthYear: victim.birthYear,
        child: victim.birthYear === null ? null : found.child,
        identifiedAt: found.identifiedAt,
        identifiedBy: found.identifiedBy,
        formalIdentifiedAt: found.formalIdentifiedAt,
        formalIdentifiedBy: found.formalIdentifiedBy,
        exploitationForms: found.exploitationForms,
        meansOfControl: found.meansOfControl,
        recruiterRelationship: found.recruiterRelationship,
        recruitmentCountries: found.recruitmentCountries,
        exploitationCountries: found.exploitationCountries,
        assistanceTypes: [...found.assistanceBefore, ...rendered.map((row) => row.type)],
        consent: { date: found.trmConsentDate, includesIdentity: withIdentity },
        identity: withIdentity ? exchangeIdentity(this.keyring.decryptJson<VictimIdentity>(victim.identityEnc)) : null,
      });
      await appendAudit(manager, actor, {
        action: withIdentity ? 'case.export.identity' : 'case.export',
        entity: 'case',
        entityId: found.id,
      });
      return { code: found.code, document };
    });
  }
}
