import { Injectable } from '@nestjs/common';
import { EntityManager, Not } from 'typeorm';
import { FACILITY_KINDS, Source, UnitKind } from '@ibd/shared/contracts';
import { appendAudit, Actor } from '@ibd/api/audit';
import { CaseEntity, CasesService } from '@ibd/api/cases';
import { BlindIndex, Keyring } from '@ibd/api/identity';
import { UnitEntity } from '@ibd/api/units';
import { nextVictimCode, VictimEntity, type VictimIdentity, victimIndexes } from '@ibd/api/victims';
import { AcceptReferralDto } from './dto/answer-referral.dto';
import { ReferralImportEntity } from './referral-import.entity';
import { ReferralEntity } from './referral.entity';
import { badReferral } from './referrals.errors';
import { todayInSofia } from '@ibd/api/core';

export interface IntakeResult {
  /** The case the referral is about (set now for a person new to the system). */
  caseId: string | null;
  /** The case at the receiving facility; null when an agency accepts. */
  resultCaseId: string | null;
}

/** Who identified the person when the referral names no outside source. */
const sourceOfUnit = (kind: UnitKind): Source => (kind === 'agency' ? 'social_assistance' : 'other');

/**
 * What accepting a referral does to the records: a facility opens a case (registering the person
 * from the summary when new, statistical attributes only), or links the referred case when it is
 * its own or it holds an open case of the person already; an agency links the existing case and
 * opens nothing.
 */
@Injectable()
export class ReferralIntake {
  constructor(
    private readonly cases: CasesService,
    private readonly keyring: Keyring,
    private readonly blindIndex: BlindIndex,
  ) {}

  async accept(
    manager: EntityManager,
    referral: ReferralEntity,
    dto: AcceptReferralDto,
    actor: Actor,
  ): Promise<IntakeResult> {
    const units = manager.getRepository(UnitEntity);
    const receiver = await units.findOneByOrFail({ id: referral.toUnitId });
    if (!(FACILITY_KINDS as readonly UnitKind[]).includes(receiver.kind)) {
      return { caseId: referral.caseId, resultCaseId: null };
    }
    if (referral.caseId) {
      const referred = await manager.getRepository(CaseEntity).findOneByOrFail({ id: referral.caseId });
      if (referred.facilityId === receiver.id) return { caseId: referred.id, resultCaseId: referred.id };
      // The receiving facility may hold an open case of the same person already: link it, open none.
      const held = await manager.getRepository(CaseEntity).findOne({
        where: { victimId: referred.victimId, facilityId: receiver.id, status: Not('closed' as const) },
        order: { openedAt: 'DESC' },
      });
      if (held) return { caseId: referred.id, resultCaseId: held.id };
      const victim = await manager.getRepository(VictimEntity).findOneByOrFail({ id: referred.victimId });
      const opened = await this.cases.openCase(
        manager,
        victim,
        {
          victimId: victim.id,
          facilityId: receiver.id,
          identifiedAt: dto.identifiedAt ?? referred.identifiedAt,
          identifiedBy: dto.identifiedBy ?? referred.identifiedBy,
          formalIdentifiedAt: referred.formalIdentifiedAt ?? undefined,
          formalIdentifiedBy: referred.formalIdentifiedBy ?? undefined,
          exploitationForms: dto.exploitationForms ?? referred.exploitationForms,
          recruitmentCountries: referred.recruitmentCountries,
          exploitationCountries: referred.exploitationCountries,
          transnational: referred.transnational,
          meansOfControl: referred.meansOfControl,
          recruiterRelationship: referred.recruiterRelationship,
        },
        actor,
      );
      return { caseId: referred.id, resultCaseId: opened.id };
    }
    const exploitationForms = dto.exploitationForms ?? referral.exploitationForms;
    if (exploitationForms.length === 0) {
      throw badReferral('exploitationForms is required to open the case: give it here or in the referral');
    }
    const sender = await units.findOneByOrFail({ id: referral.fromUnitId });
    // A partner's HTCDS record (docs/interchange.md) brought the facts the case opens with, and maybe identity.
    const imported = await manager.getRepository(ReferralImportEntity).findOneBy({ referralId: referral.id });
    const victim = await this.registerPerson(manager, referral, actor, imported);
    const opened = await this.cases.openCase(
      manager,
      victim,
      {
        victimId: victim.id,
        facilityId: receiver.id,
        identifiedAt: dto.identifiedAt ?? imported?.identifiedAt ?? todayInSofia(referral.sentAt),
        identifiedBy: dto.identifiedBy ?? imported?.identifiedBy ?? referral.source ?? sourceOfUnit(sender.kind),
        exploitationForms,
        transnational: referral.transnationalCountry !== null,
        ...(imported && {
          formalIdentifiedAt: imported.formalIdentifiedAt ?? undefined,
          formalIdentifiedBy: imported.formalIdentifiedBy ?? undefined,
          recruitmentCountries: imported.recruitmentCountries,
          exploitationCountries: imported.exploitationCountries,
          meansOfControl: imported.meansOfControl,
          recruiterRelationship: imported.recruiterRelationship,
          assistanceBefore: imported.assistanceTypes,
          child: imported.child ?? undefined,
        }),
      },
      actor,
    );
    // After openCase, which audits too: the audit log's head is locked from the first entry to commit.
    await appendAudit(manager, actor, { action: 'victim.create', entity: 'victim', entityId: victim.id });
    return { caseId: opened.id, resultCaseId: opened.id };
  }

  /**
   * A victim record from the referral's summary, with the identity an imported record brought or
   * none yet (an empty, encrypted one), which the shelter adds later with PATCH /victims/:id. The
   * caller audits it.
   */
  private async registerPerson(
    manager: EntityManager,
    referral: ReferralEntity,
    actor: Actor,
    imported: ReferralImportEntity | null,
  ): Promise<VictimEntity> {
    const identity = imported?.identityEnc ? this.keyring.decryptJson<VictimIdentity>(imported.identityEnc) : {};
    const repository = manager.getRepository(VictimEntity);
    const victim = await repository.save(
      repository.create({
        code: await nextVictimCode(manager),
        sex: referral.victimSex ?? 'unknown',
        citizenship: referral.victimCitizenship,
        birthYear: referral.victimBirthYear,
        languages: [],
        identityEnc: this.keyring.encryptJson(identity),
        ...victimIndexes(this.blindIndex, identity),
        registeredByUnitId: referral.toUnitId,
        createdBy: actor.id,
      }),
    );
    return victim;
  }
}
