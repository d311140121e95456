import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '@ibd/api/core';
import { BedEntity, UnitEntity } from '@ibd/api/units';
import { UserEntity, UsersService } from '@ibd/api/users';
import { DEMO_AGENCY, DEMO_BEDS, DEMO_PASSWORD, DEMO_USERS } from './demo-data';

/**
 * Demo data: beds, one agency unit and the demo users of api.md. Runs only with DEMO_MODE=true or
 * in tests; safe to run again (what exists is left as it is).
 */
@Injectable()
export class DemoSeedService {
  private readonly logger = new Logger(DemoSeedService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UsersService,
    private readonly config: AppConfig,
  ) {}

  async seed(): Promise<void> {
    if (!this.config.DEMO_MODE && this.config.NODE_ENV !== 'test') {
      throw new Error('Demo data is seeded only with DEMO_MODE=true');
    }
    await this.dataSource.createQueryBuilder().insert().into(UnitEntity).values(DEMO_AGENCY).orIgnore().execute();
    const units = new Map((await this.dataSource.getRepository(UnitEntity).find()).map((u) => [u.code, u.id]));
    await this.seedBeds(units);
    await this.seedUsers(units);
    this.logger.log('Demo data is in place');
  }

  private async seedBeds(units: Map<string, string>): Promise<void> {
    const beds = Object.entries(DEMO_BEDS).flatMap(([code, count]) =>
      Array.from({ length: count }, (_, i) => {
        const number = String(i + 1).padStart(2, '0');
        return { unitId: units.get(code) as string, code: `${code}-${number}`, label: `Легло ${number}` };
      }),
    );
    await this.dataSource.createQueryBuilder().insert().into(BedEntity).values(beds).orIgnore().execute();
  }

  private async seedUsers(units: Map<string, string>): Promise<void> {
    const existing = new Set((await this.dataSource.getRepository(UserEntity).find()).map((u) => u.username));
    for (const user of DEMO_USERS.filter((u) => !existing.has(u.username))) {
      const { unitCode, ...fields } = user;
      await this.users.create({ ...fields, unitId: units.get(unitCode) as string, password: DEMO_PASSWORD });
    }
  }
}
