import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import type { Page, RecordExportView } from '@ibd/shared/contracts';
import { Actor, appendAudit } from '@ibd/api/audit';
import { type PageQuery, queryRows } from '@ibd/api/core';
import { toRunView } from '../runs/run.view';
import { StatisticsRunEntity } from '../runs/statistics-run.entity';
import type { RecordExportRequest } from './dto/record-export.request';
import { RecordExportEntity } from './record-export.entity';
import { RECORD_WRITERS } from './record-writers';

export interface RecordExportFile {
  fileName: string;
  contentType: string;
  body: Buffer;
}

const AUDIT_ENTITY = 'statistics_record_export';

const toView = (file: RecordExportEntity & { run: StatisticsRunEntity }): RecordExportView<Date> => ({
  ...toRunView(file.run),
  format: file.format,
});

/**
 * Requests, reads and hands out record-level exports. A request is a statistics run of kind
 * `record_export`, written with its file row and its audit entry in one transaction and touching
 * PostgreSQL only: the worker's dispatcher hands it to the queue when Redis is there (the outbox of
 * the snapshot runs), so Redis being away never loses or refuses one.
 */
@Injectable()
export class RecordExportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(RecordExportEntity) private readonly files: Repository<RecordExportEntity>,
  ) {}

  async request(request: RecordExportRequest, actor: Actor): Promise<{ id: string; status: 'queued' }> {
    return this.dataSource.transaction(async (manager) => {
      const run = await manager.save(
        manager.create(StatisticsRunEntity, {
          kind: 'record_export',
          from: request.from,
          to: request.to,
          requestedBy: actor.id,
          status: 'queued',
          requestId: actor.requestId,
        }),
      );
      await manager.insert(RecordExportEntity, { runId: run.id, format: request.format ?? 'csv' });
      await appendAudit(manager, actor, {
        action: 'statistics.record-export.request',
        entity: AUDIT_ENTITY,
        entityId: run.id,
      });
      return { id: run.id, status: 'queued' as const };
    });
  }

  async find(id: string): Promise<RecordExportView<Date>> {
    const file = await this.files.findOne({ where: { runId: id }, relations: { run: true } });
    if (!file?.run) throw new NotFoundException('Record-level export not found');
    return toView(file as RecordExportEntity & { run: StatisticsRunEntity });
  }

  async list(page: PageQuery): Promise<Page<RecordExportView<Date>>> {
    const [files, total] = await this.files.findAndCount({
      relations: { run: true },
      order: { run: { createdAt: 'DESC' }, runId: 'ASC' },
      skip: page.skip,
      take: page.pageSize,
    });
    return page.toPage(
      files.map((file) => toView(file as RecordExportEntity & { run: StatisticsRunEntity })),
      total,
    );
  }

  /** The finished file, audited before it leaves; 409 while it is not built. */
  async download(id: string, actor: Actor): Promise<RecordExportFile> {
    const view = await this.find(id);
    if (view.status !== 'done') {
      throw new ConflictException(`The record-level export is not ready: it is ${view.status}`);
    }
    const [{ content }] = await queryRows<{ content: Buffer }>(
      this.dataSource,
      `SELECT content FROM record_exports WHERE run_id = $1`,
      [id],
    );
    await appendAudit(this.dataSource.manager, actor, {
      action: `statistics.record-export.download.${view.format}`,
      entity: AUDIT_ENTITY,
      entityId: id,
    });
    return {
      fileName: `ibd-records-${view.from}-${view.to}.${view.format}`,
      contentType: RECORD_WRITERS[view.format].contentType,
      body: content,
    };
  }
}
