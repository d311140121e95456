import { Module } from '@nestjs/common';
import { CasesModule } from '@ibd/api/cases';
import { PlacementsModule } from '@ibd/api/placements';
import { ReferralsModule } from '@ibd/api/referrals';
import { ServiceRecordsModule } from '@ibd/api/service-records';
import { UsersModule } from '@ibd/api/users';
import { DemoCasesSeeder } from './demo-cases.seeder';
import { DemoSeedService } from './demo-seed.service';

@Module({
  imports: [UsersModule, CasesModule, PlacementsModule, ReferralsModule, ServiceRecordsModule],
  providers: [DemoSeedService, DemoCasesSeeder],
  exports: [DemoSeedService, DemoCasesSeeder],
})
export class DemoModule {}
