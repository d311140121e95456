import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Page } from '@ibd/shared/contracts';
import type { AuthUser, PageQuery } from '@ibd/api/core';
import { CaseFinder } from '../case-finder';
import { CaseEventData, CaseEventEntity } from './case-event.entity';

export interface TimelineEntry {
  at: Date;
  kind: string;
  actorId: string | null;
  refId: string | null;
  data: CaseEventData;
}

/** A case's history, oldest first, as one stream of events. */
@Injectable()
export class TimelineService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cases: CaseFinder,
  ) {}

  async timeline(caseId: string, user: AuthUser, query: PageQuery): Promise<Page<TimelineEntry>> {
    await this.cases.findInScope(caseId, user);
    const [events, total] = await this.dataSource
      .getRepository(CaseEventEntity)
      .createQueryBuilder('e')
      .where('e.case_id = :caseId', { caseId })
      .orderBy('e.at')
      .addOrderBy('e.id')
      .skip(query.skip)
      .take(query.pageSize)
      .getManyAndCount();
    return query.toPage(
      events.map(({ at, kind, actorId, refId, data }) => ({ at, kind, actorId, refId, data })),
      total,
    );
  }
}
