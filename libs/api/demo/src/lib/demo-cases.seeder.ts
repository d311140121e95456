import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Actor } from '@ibd/api/audit';
import { CasesService } from '@ibd/api/cases';
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
const PEOPLE_PER_SHELTER = 9;

/**
 * Synthetic cases for the demo, made through the same services the API uses (so identity is
 * encrypted and every step audited): per temporary shelter, current residents (one extended), past
 * stays (one discharged with an onward referral), a child case with its notification tasks, a new
 * case; services over time; and referrals from the social worker, waiting, accepted and declined.
 */
@Injectable()
export class DemoCasesSeeder {
  private readonly random = new DemoRandom(2026);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly victims: VictimsService,
    private readonly cases: CasesService,
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

  private async seedPerson(staff: Actor, index: number, agencyId: string): Promise<void> {
    const person = demoPerson(this.random, { child: index === 7 });
    const stayDays = index < 4 ? this.random.int(3, 40) : this.random.int(100, 300);
    const identified = daysAgo(stayDays + this.random.int(1, 5));
    const victim = await this.victims.create(
      {
        identity: { firstName: person.firstName, lastName: person.lastName, dateOfBirth: person.dateOfBirth },
        sex: person.sex,
        citizenship: person.citizenship,
        birthYear: Number(person.dateOfBirth.slice(0, 4)),
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
        transnational: person.citizenship !== 'BG',
      },
      staff,
    );
    if (index === 8) return;
    await this.cases.activate(opened.id, staff);
    await this.logServices(opened.id, staff, stayDays);
    if (index < 7) await this.seedStay(opened.id, staff, index, stayDays, agencyId);
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

  private async logServices(caseId: string, staff: Actor, sinceDays: number): Promise<void> {
    const count = this.random.int(2, 6);
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
    for (const urgency of ['high', 'normal', 'normal', 'low'] as const) {
      const person = demoPerson(this.random);
      sent.push(
        await this.referrals.create(
          {
            toUnitId: sofia.unitId,
            victim: {
              sex: person.sex,
              citizenship: person.citizenship,
              birthYear: Number(person.dateOfBirth.slice(0, 4)),
            },
            reason: 'Нужда от подслон и психологическа подкрепа',
            urgency,
            consent,
          },
          worker,
        ),
      );
    }
    await this.answers.accept(
      sent[2].id,
      { identifiedBy: 'social_assistance', exploitationForms: ['forced_labour'] },
      sofia,
    );
    await this.answers.decline(sent[3].id, { reason: 'Няма свободно място към момента' }, sofia);
  }

  private async actor(username: string): Promise<Actor> {
    const user = await this.dataSource.getRepository(UserEntity).findOneOrFail({ where: { username } });
    return { id: user.id, username: user.username, role: user.role, unitId: user.unitId, requestId: null };
  }
}
