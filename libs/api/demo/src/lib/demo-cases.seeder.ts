import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Actor } from '@ibd/api/audit';
import { CasesService, CaseTasksService } from '@ibd/api/cases';
import { PlacementChangesService, PlacementsService } from '@ibd/api/placements';
import { ReferralsService, ReferralTransitionsService } from '@ibd/api/referrals';
import { ServiceRecordsService } from '@ibd/api/service-records';
import { UserEntity } from '@ibd/api/users';
import { VictimsService } from '@ibd/api/victims';
import { queryRows } from '@ibd/api/core';
import { DEMO_AGENCY } from './demo-data';
import { demoPerson } from './demo-people';
import { daysAgo, DemoRandom, isoDate } from './demo-random';

const SHELTER_STAFF = ['staff.sofia', 'staff.burgas', 'staff.varna'];
const SERVICE_TYPES = ['psychological', 'social_work', 'legal_aid', 'medical', 'interpretation', 'accompaniment'];
/** Per temporary shelter: the stories of its persons, by index (see seedPerson). */
const RESIDENTS = 4;
const WITH_A_STAY = 7;
const CHILD_STILL_TO_NOTIFY = 7;
const NEW_CASE = 8;
/** Enough persons identified in a year that the anonymised tables show some cells (statistics.md). */
const PEOPLE_PER_SHELTER = 24;

/**
 * Synthetic cases for the demo, made through the same services the API uses (so identity is
 * encrypted and every step audited): per temporary shelter, current residents (one extended), past
 * stays (one discharged with an onward referral), a child case whose notifications are still to do,
 * a new case and persons counselled without a stay, all identified in the last year; services over
 * time; and referrals from the social worker in every state (waiting, accepted, declined,
 * withdrawn, completed by an admission).
 */
@Injectable()
export class DemoCasesSeeder {
  private readonly random = new DemoRandom(2026);
  /** The persons' own draws: who they are stays the same when other draws (services, dates) change. */
  private readonly people = new DemoRandom(1507);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly victims: VictimsService,
    private readonly cases: CasesService,
    private readonly tasks: CaseTasksService,
    private readonly placements: PlacementsService,
    private readonly stays: PlacementChangesService,
    private readonly services: ServiceRecordsService,
    private readonly referrals: ReferralsService,
    private readonly answers: ReferralTransitionsService,
  ) {}

  async seed(): Promise<void> {
    const [{ count }] = await queryRows<{ count: number }>(this.dataSource, 'SELECT count(*)::int AS count FROM cases');
    if (count > 0) return;
    const [agency] = await queryRows<{ id: string }>(this.dataSource, 'SELECT id FROM units WHERE code = $1', [
      DEMO_AGENCY.code,
    ]);
    for (const username of SHELTER_STAFF) {
      const staff = await this.actor(username);
      for (let i = 0; i < PEOPLE_PER_SHELTER; i++) {
        await this.seedPerson(staff, i, agency.id);
      }
    }
    await this.seedReferrals();
  }

  /**
   * Index 0–3: a resident (0 with the stay extended); 4–6: a past stay (6 moved on with an onward
   * referral); 7: a child whose notifications are still to do; 8: a new case; from 9: counselled
   * without a stay, the case closed when the work is done.
   */
  private async seedPerson(staff: Actor, index: number, agencyId: string): Promise<void> {
    if (index > NEW_CASE) return this.seedCounselling(staff);
    const stayDays = index < RESIDENTS ? this.random.int(3, 40) : this.random.int(100, 300);
    const caseId = await this.openCase(staff, daysAgo(stayDays + this.random.int(1, 5)), index);
    if (index === NEW_CASE) return;
    await this.cases.activate(caseId, staff);
    await this.logServices(caseId, staff, stayDays, this.random.int(2, 6));
    if (index < WITH_A_STAY) await this.seedStay(caseId, staff, index, stayDays, agencyId);
  }

  private async seedCounselling(staff: Actor): Promise<void> {
    const sinceDays = this.random.int(5, 340);
    const caseId = await this.openCase(staff, daysAgo(sinceDays), null);
    await this.cases.activate(caseId, staff);
    await this.logServices(caseId, staff, sinceDays, this.random.int(1, 3));
    if (sinceDays > 60 && this.random.next() < 0.7) await this.cases.close(caseId, { reason: 'goals_met' }, staff);
  }

  /**
   * A person and their case, identified at `identified`; a child's notifications are done, except
   * in the story where they are still to do.
   */
  private async openCase(staff: Actor, identified: Date, index: number | null): Promise<string> {
    const person = demoPerson(this.people, identified, { child: index === CHILD_STILL_TO_NOTIFY });
    const victim = await this.victims.create(
      {
        identity: {
          firstName: person.firstName,
          lastName: person.lastName,
          ...(person.dateOfBirth ? { dateOfBirth: person.dateOfBirth } : {}),
        },
        sex: person.sex,
        citizenship: person.citizenship ?? undefined,
        birthYear: person.birthYear ?? undefined,
        acknowledgeDuplicate: true,
      },
      staff,
    );
    const opened = await this.cases.create(
      {
        victimId: victim.id,
        identifiedAt: isoDate(identified),
        identifiedBy: person.identifiedBy,
        exploitationForms: person.exploitationForms,
        transnational: person.citizenship !== null && person.citizenship !== 'BG',
      },
      staff,
    );
    if (index !== CHILD_STILL_TO_NOTIFY) await this.notifyAuthorities(opened.id, identified, staff);
    return opened.id;
  }

  /** Marks a child's notifications done the day after identification (none for an adult). */
  private async notifyAuthorities(caseId: string, identified: Date, staff: Actor): Promise<void> {
    const notifiedAt = new Date(Math.min(identified.getTime() + 86_400_000, Date.now())).toISOString();
    for (const task of await this.tasks.ofCase(this.dataSource.manager, caseId)) {
      await this.tasks.complete(caseId, task.id, { notifiedAt }, staff);
    }
  }

  private async seedStay(
    caseId: string,
    staff: Actor,
    index: number,
    stayDays: number,
    agencyId: string,
  ): Promise<void> {
    const admission = await this.placements.admit(
      { caseId, facilityId: staff.unitId, admittedAt: daysAgo(stayDays, 14).toISOString(), consent: { given: true } },
      staff,
    );
    if (index === 0) {
      const until = new Date(`${admission.stayLimitDate}T00:00:00Z`);
      until.setUTCDate(until.getUTCDate() + 30);
      await this.stays.extend(
        admission.id,
        { until: isoDate(until), reason: 'Продължаваща терапия', basis: 'чл. 9, ал. 3 ЗБТХ' },
        staff,
      );
    }
    if (index < 4) return;
    const onward = index === 6;
    await this.stays.discharge(
      admission.id,
      {
        dischargedAt: daysAgo(stayDays - this.random.int(30, 60), 11).toISOString(),
        reason: onward ? 'goals_met' : 'term_ended',
        destination: onward ? 'other_service' : 'family',
        onwardReferral: onward
          ? {
              toUnitId: agencyId,
              reason: 'Социални услуги в общността',
              urgency: 'normal',
              consent: { given: true, date: isoDate(new Date()) },
            }
          : undefined,
      },
      staff,
    );
    await this.cases.close(caseId, { reason: onward ? 'moved_on' : 'goals_met' }, staff);
  }

  private async logServices(caseId: string, staff: Actor, sinceDays: number, count: number): Promise<void> {
    for (let i = 0; i < count; i++) {
      await this.services.record(
        caseId,
        {
          type: this.random.pick(SERVICE_TYPES),
          providedAt: daysAgo(this.random.int(0, Math.max(0, sinceDays - 1)), this.random.int(9, 16)).toISOString(),
          durationMinutes: this.random.pick([30, 45, 60, 90, 120]),
        },
        staff,
      );
    }
  }

  private async seedReferrals(): Promise<void> {
    const worker = await this.actor('social.worker');
    const sofia = await this.actor('staff.sofia');
    const consent = { given: true as const, date: isoDate(new Date()) };
    const sent = [];
    for (const urgency of ['high', 'normal', 'normal', 'low', 'normal', 'high'] as const) {
      const person = demoPerson(this.people, new Date());
      sent.push(
        await this.referrals.create(
          {
            toUnitId: sofia.unitId,
            victim: {
              sex: person.sex,
              citizenship: person.citizenship ?? undefined,
              birthYear: person.birthYear ?? undefined,
            },
            reason: 'Нужда от подслон и психологическа подкрепа',
            urgency,
            consent,
          },
          worker,
        ),
      );
    }
    const intake = { identifiedBy: 'social_assistance' as const, exploitationForms: ['forced_labour' as const] };
    const accepted = await this.answers.accept(sent[2].id, intake, sofia);
    await this.notifyAuthorities(accepted.resultCaseId as string, new Date(), sofia);
    await this.answers.decline(sent[3].id, { reason: 'Няма свободно място към момента' }, sofia);
    await this.answers.withdraw(sent[4].id, worker);
    // Completed: accepted, and the person arrived and was admitted.
    const arrived = await this.answers.accept(sent[5].id, intake, sofia);
    await this.notifyAuthorities(arrived.resultCaseId as string, new Date(), sofia);
    await this.placements.admit(
      {
        caseId: arrived.resultCaseId as string,
        facilityId: sofia.unitId,
        admittedAt: new Date().toISOString(),
        consent: { given: true },
        referralId: arrived.id,
      },
      sofia,
    );
  }

  private async actor(username: string): Promise<Actor> {
    const user = await this.dataSource.getRepository(UserEntity).findOneOrFail({ where: { username } });
    return { id: user.id, username: user.username, role: user.role, unitId: user.unitId, requestId: null };
  }
}
