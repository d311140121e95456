import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { LEGAL_TERM_KEYS, LegalTermKey } from '@ibd/shared/contracts';
import { LegalTermEntity } from './legal-term.entity';

export type LegalTerms = Record<LegalTermKey, number>;

/** Reads the legal terms in the caller's transaction, so a rule uses one consistent set. */
@Injectable()
export class LegalTermsService {
  async read(manager: EntityManager): Promise<LegalTerms> {
    const rows = await manager.getRepository(LegalTermEntity).find();
    const terms = Object.fromEntries(rows.map((row) => [row.key, row.value])) as Partial<LegalTerms>;
    for (const key of LEGAL_TERM_KEYS) {
      if (terms[key] === undefined) throw new Error(`Legal term ${key} is missing from legal_terms`);
    }
    return terms as LegalTerms;
  }
}
