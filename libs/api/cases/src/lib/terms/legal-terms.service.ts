import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { LEGAL_TERM_KEYS, LegalTermKey } from '@ibd/shared/contracts';
import { Actor, appendAudit } from '@ibd/api/audit';
import { MAX_BY_UNIT } from './legal-terms.dto';
import { LegalTermEntity } from './legal-term.entity';

export type LegalTerms = Record<LegalTermKey, number>;

export interface LegalTermView {
  key: string;
  value: number;
  unit: string;
  basis: string;
  updatedAt: Date;
}

const toView = ({ key, value, unit, basis, updatedAt }: LegalTermEntity): LegalTermView => ({
  key,
  value,
  unit,
  basis,
  updatedAt,
});

/** Reads the legal terms in the caller's transaction, so a rule uses one consistent set. */
@Injectable()
export class LegalTermsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async read(manager: EntityManager): Promise<LegalTerms> {
    const rows = await manager.getRepository(LegalTermEntity).find();
    const terms = Object.fromEntries(rows.map((row) => [row.key, row.value])) as Partial<LegalTerms>;
    for (const key of LEGAL_TERM_KEYS) {
      if (terms[key] === undefined) throw new Error(`Legal term ${key} is missing from legal_terms`);
    }
    return terms as LegalTerms;
  }

  async list(): Promise<LegalTermView[]> {
    const rows = await this.dataSource.getRepository(LegalTermEntity).find({ order: { key: 'ASC' } });
    return rows.map(toView);
  }

  /** Admin: sets a term the law changed; audited in the same transaction. */
  async update(key: string, value: number, actor: Actor): Promise<LegalTermView> {
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(LegalTermEntity);
      const term = await repository
        .createQueryBuilder('t')
        .setLock('pessimistic_write')
        .where('t.key = :key', { key })
        .getOne();
      if (!term) throw new NotFoundException('Legal term not found');
      const max = MAX_BY_UNIT[term.unit] ?? Math.min(...Object.values(MAX_BY_UNIT));
      if (value > max) throw new BadRequestException([`value must not be greater than ${max} (${term.unit})`]);
      await repository.update({ key }, { value });
      await appendAudit(manager, actor, { action: 'legal_term.update', entity: 'legal_term', entityId: key });
      const updated = await repository.findOneByOrFail({ key });
      return toView(updated);
    });
  }
}
