import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { RecordExportFormat } from '@ibd/shared/contracts';
import { AppConfig, execute, queryRows } from '@ibd/api/core';
import type { RunPeriod } from '../runs/run-state.service';
import { buildRecordFile } from './record-document';
import { personFrequencies } from './record-persons';
import { RECORD_WRITERS } from './record-writers';

/**
 * Builds the record-level file of a run (kind `record_export`) in the worker: the persons of the
 * period counted by combination of recorded values, anonymised, written in the requested format
 * and stored with the run. A delivery repeated replaces the file with the same rows.
 */
@Injectable()
export class RecordExportBuilder {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  async build(run: RunPeriod, onProgress: (percent: number) => Promise<void>): Promise<void> {
    const request = (
      await queryRows<{ format: RecordExportFormat }>(
        this.dataSource,
        `SELECT format FROM record_exports WHERE run_id = $1`,
        [run.id],
      )
    ).at(0);
    if (!request) throw new Error('The record-level export has no file row');
    await onProgress(10);
    const entries = await personFrequencies(this.dataSource.manager, run);
    await onProgress(50);
    const file = buildRecordFile(
      entries,
      run,
      { k: this.config.DISCLOSURE_THRESHOLD, suppressionPercent: this.config.RECORD_EXPORT_SUPPRESSION_PERCENT },
      new Date(),
    );
    await onProgress(90);
    await execute(this.dataSource, `UPDATE record_exports SET content = $2 WHERE run_id = $1`, [
      run.id,
      RECORD_WRITERS[request.format].write(file),
    ]);
  }
}
