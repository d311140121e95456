import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { execute, queryRows } from '@ibd/api/core';

/** How often committed entries are sealed into the chain: the longest an entry stays unsealed. */
const SEAL_EVERY_MS = 1000;

/**
 * Seals committed audit entries into the hash chain, after their transactions, so that no writer
 * ever waits for another (docs/data-protection.md, "Audit log"). `audit_seal()` does the work in
 * the database in one transaction: it seals all or nothing, and an entry whose seal is lost to a
 * crash is sealed by the next run. Any number of API processes may run it; they take turns.
 */
@Injectable()
export class AuditSealer implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(AuditSealer.name);
  private timer?: NodeJS.Timeout;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Seals every entry committed so far, waiting for a sealer at work: what readers of the chain call first. */
  async seal(): Promise<number> {
    const [{ sealed }] = await queryRows<{ sealed: number }>(this.dataSource, 'SELECT audit_seal(true) AS sealed');
    return sealed;
  }

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.sealInBackground(), SEAL_EVERY_MS);
    this.timer.unref();
  }

  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.sealInBackground();
  }

  /** Leaves the work to a sealer already at it; a failure is logged by its code and retried on the next tick. */
  private async sealInBackground(): Promise<void> {
    try {
      await execute(this.dataSource, 'SELECT audit_seal(false)');
    } catch (error) {
      const code = (error as { code?: string }).code ?? (error as Error).name;
      this.logger.warn(`sealing the audit log failed (${code}); retried in ${SEAL_EVERY_MS} ms`);
    }
  }
}
