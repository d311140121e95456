import { Module } from '@nestjs/common';
import { migrations } from '@ibd/migrations';
import { ApiCoreModule, DatabaseModule } from '@ibd/api/core';
import { AlertsModule } from '@ibd/api/alerts';
import { AuditModule } from '@ibd/api/audit';
import { AuthModule } from '@ibd/api/auth';
import { CasesModule } from '@ibd/api/cases';
import { ExchangeModule } from '@ibd/api/exchange';
import { PlacementsModule } from '@ibd/api/placements';
import { QueueBoardModule } from '@ibd/api/queue-board';
import { ReferralsModule } from '@ibd/api/referrals';
import { ServiceRecordsModule } from '@ibd/api/service-records';
import { StatisticsModule } from '@ibd/api/statistics';
import { UnitsModule } from '@ibd/api/units';
import { UsersModule } from '@ibd/api/users';
import { VictimsModule } from '@ibd/api/victims';

/** The HTTP API: a composition root, nothing more. It migrates the database at start. */
@Module({
  imports: [
    ApiCoreModule,
    DatabaseModule.forRoot({ migrations, migrationsRun: true }),
    AuthModule,
    UsersModule,
    UnitsModule,
    AuditModule,
    VictimsModule,
    CasesModule,
    ServiceRecordsModule,
    StatisticsModule,
    ReferralsModule,
    ExchangeModule,
    PlacementsModule,
    AlertsModule,
    QueueBoardModule,
  ],
})
export class AppModule {}
