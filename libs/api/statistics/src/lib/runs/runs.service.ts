import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { Page } from '@ibd/shared/contracts';
import { type AuthUser, currentRequestId, type PageQuery } from '@ibd/api/core';
import type { PeriodDto } from '../period/period.dto';
import { toRunView, RunView } from './run.view';
import { StatisticsRunEntity } from './statistics-run.entity';

/**
 * Requests and reads statistics runs. A request touches PostgreSQL only: the worker's dispatcher
 * hands it to the queue when Redis is there, so Redis being away never loses or refuses one.
 */
@Injectable()
export class RunsService {
  constructor(@InjectRepository(StatisticsRunEntity) private readonly runs: Repository<StatisticsRunEntity>) {}

  async request(period: PeriodDto, user: AuthUser): Promise<{ id: string; status: 'queued' }> {
    const run = await this.runs.save(
      this.runs.create({
        from: period.from,
        to: period.to,
        requestedBy: user.id,
        status: 'queued',
        requestId: currentRequestId() ?? null,
      }),
    );
    return { id: run.id, status: 'queued' };
  }

  async find(id: string): Promise<RunView> {
    const run = await this.runs.findOneBy({ id, kind: 'snapshots' });
    if (!run) {
      throw new NotFoundException('Statistics run not found');
    }
    return toRunView(run);
  }

  async list(page: PageQuery): Promise<Page<RunView>> {
    const [runs, total] = await this.runs.findAndCount({
      where: { kind: 'snapshots' },
      order: { createdAt: 'DESC', id: 'ASC' },
      skip: page.skip,
      take: page.pageSize,
    });
    return page.toPage(runs.map(toRunView), total);
  }
}
