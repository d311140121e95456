import { BadRequestException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { appendAudit, Actor } from '@ibd/api/audit';
import type { AuthUser } from '@ibd/api/core';
import { BlindIndex, egnBirthDate, Keyring } from '@ibd/api/identity';
import { nextVictimCode } from './codes';
import { CreateVictimDto, IdentityDto, UpdateVictimDto } from './dto/victim.dto';
import { VictimEntity } from './victim.entity';
import { VictimIdentity, VictimView } from './victim-identity';
import { victimIndexes } from './victim-indexes';
import { seesIdentity, whereVictimInScope } from './victim-scope';
import { duplicatePersonalNumber, possibleDuplicate, victimNotFound } from './victims.errors';

/** What the birth date is known to be: exact from the identity, or just the year. */
export interface BirthInfo {
  dateOfBirth: string | null;
  birthYear: number | null;
}

@Injectable()
export class VictimsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly keyring: Keyring,
    private readonly blindIndex: BlindIndex,
  ) {}

  async create(dto: CreateVictimDto, actor: Actor): Promise<{ id: string; code: string }> {
    const { identity, acknowledgeDuplicate, ...attributes } = dto;
    const birthYear = this.reconcileBirth(identity, dto.birthYear);
    const indexes = victimIndexes(this.blindIndex, identity);
    return this.dataSource.transaction(async (manager) => {
      await this.assertNotDuplicate(manager, identity, acknowledgeDuplicate ?? false);
      const repository = manager.getRepository(VictimEntity);
      const victim = await repository.save(
        repository.create({
          ...attributes,
          ...indexes,
          birthYear,
          code: await nextVictimCode(manager),
          identityEnc: this.keyring.encryptJson(identity),
          registeredByUnitId: actor.unitId,
          createdBy: actor.id,
        }),
      );
      await appendAudit(manager, actor, { action: 'victim.create', entity: 'victim', entityId: victim.id });
      return { id: victim.id, code: victim.code };
    });
  }

  /** The record; with identity for staff holding the person, which is an audited read. */
  async get(id: string, actor: Actor): Promise<VictimView> {
    return this.dataSource.transaction(async (manager) => {
      const victim = await this.findInScope(id, actor, manager);
      const view = this.toView(victim);
      if (!seesIdentity(actor)) return view;
      await appendAudit(manager, actor, { action: 'victim.identity.read', entity: 'victim', entityId: victim.id });
      return { ...view, identity: this.keyring.decryptJson<VictimIdentity>(victim.identityEnc) };
    });
  }

  async update(id: string, dto: UpdateVictimDto, actor: Actor): Promise<VictimView> {
    return this.dataSource.transaction(async (manager) => {
      const victim = await this.findInScope(id, actor, manager, true);
      const { identity, acknowledgeDuplicate, ...attributes } = dto;
      const current = identity ?? this.keyring.decryptJson<VictimIdentity>(victim.identityEnc);
      const changes: Partial<VictimEntity> = {
        ...attributes,
        birthYear: this.reconcileBirth(current, dto.birthYear ?? victim.birthYear ?? undefined),
      };
      if (identity) {
        await this.assertNotDuplicate(manager, identity, acknowledgeDuplicate ?? false, victim.id);
        Object.assign(changes, victimIndexes(this.blindIndex, identity), {
          identityEnc: this.keyring.encryptJson(identity),
        });
      }
      await manager.getRepository(VictimEntity).update(victim.id, changes);
      await appendAudit(manager, actor, { action: 'victim.update', entity: 'victim', entityId: victim.id });
      const updated = await this.findInScope(id, actor, manager);
      return { ...this.toView(updated), identity: current };
    });
  }

  /** A victim the caller may see, or 404; `lock` takes a row lock for a change. */
  async findInScope(
    id: string,
    user: AuthUser,
    manager: EntityManager = this.dataSource.manager,
    lock = false,
  ): Promise<VictimEntity> {
    const qb = whereVictimInScope(
      manager.getRepository(VictimEntity).createQueryBuilder('v').where('v.id = :id', { id }),
      user,
    );
    if (lock) qb.setLock('pessimistic_write', undefined, ['v']);
    const victim = await qb.getOne();
    if (!victim) throw victimNotFound();
    return victim;
  }

  /** For rules on dates (child at identification, nothing before birth): decrypted, never returned. */
  birthInfo(victim: VictimEntity): BirthInfo {
    const identity = this.keyring.decryptJson<VictimIdentity>(victim.identityEnc);
    return { dateOfBirth: identity.dateOfBirth ?? null, birthYear: victim.birthYear };
  }

  /** Blind-index values of a search term, for exact search by personal number or name. */
  searchKeys(term: string): { pnIndexes: string[]; nameIndexes: string[] } {
    return {
      pnIndexes: this.blindIndex.lookups((index) => index.personalNumber(term)),
      nameIndexes: this.blindIndex.lookups((index) => index.name(term)),
    };
  }

  private toView(victim: VictimEntity): VictimView {
    const { id, code, sex, birthYear, citizenship, languages, createdAt, updatedAt } = victim;
    return { id, code, sex, birthYear, citizenship, languages, createdAt, updatedAt };
  }

  /**
   * Checks that the birth date, the birth year and the date an ЕГН encodes agree; fills in the
   * identity's birth date from the ЕГН when it is missing; returns the birth year to store.
   */
  private reconcileBirth(identity: IdentityDto, givenYear: number | undefined): number | null {
    const { personalNumber, personalNumberType, dateOfBirth } = identity;
    const encoded = personalNumber && (personalNumberType ?? 'egn') === 'egn' ? egnBirthDate(personalNumber) : null;
    if (encoded && dateOfBirth && encoded !== dateOfBirth) {
      throw new BadRequestException(['identity.dateOfBirth does not match the birth date in the ЕГН']);
    }
    const date = dateOfBirth ?? encoded;
    if (date && givenYear !== undefined && Number(date.slice(0, 4)) !== givenYear) {
      throw new BadRequestException(['birthYear does not match the date of birth']);
    }
    if (encoded && !dateOfBirth) identity.dateOfBirth = encoded;
    return date ? Number(date.slice(0, 4)) : (givenYear ?? null);
  }

  /** Looks under every blind-index key in use, so a rotation in progress misses no one. */
  private async assertNotDuplicate(
    manager: EntityManager,
    identity: IdentityDto,
    acknowledged: boolean,
    self?: string,
  ): Promise<void> {
    const lookups = this.blindIndex.previous
      ? [victimIndexes(this.blindIndex, identity), victimIndexes(this.blindIndex.previous, identity)]
      : [victimIndexes(this.blindIndex, identity)];
    const others = manager.getRepository(VictimEntity).createQueryBuilder('v').select(['v.id', 'v.code']);
    if (self) others.andWhere('v.id <> :self', { self });
    const pns = lookups.map((indexes) => indexes.pnIndex).filter((value) => value !== null);
    if (pns.length > 0) {
      const existing = await others.clone().andWhere('v.pn_index IN (:...pns)', { pns }).getOne();
      if (existing) throw duplicatePersonalNumber(existing.code);
    }
    const keys = lookups.map((indexes) => indexes.nameDobIndex).filter((value) => value !== null);
    if (keys.length > 0 && !acknowledged) {
      const similar = await others
        .clone()
        .andWhere('v.name_dob_index IN (:...keys)', { keys })
        .orderBy('v.code')
        .limit(10)
        .getMany();
      if (similar.length > 0) throw possibleDuplicate(similar.map((v) => v.code));
    }
  }
}
