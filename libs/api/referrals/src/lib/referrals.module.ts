import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CasesModule } from '@ibd/api/cases';
import { ReferralImportEntity } from './referral-import.entity';
import { ReferralEntity } from './referral.entity';
import { ReferralIntake } from './referral-intake';
import { ReferralTransitionsService } from './referral-transitions.service';
import { ReferralsController } from './referrals.controller';
import { ReferralsService } from './referrals.service';

@Module({
  imports: [TypeOrmModule.forFeature([ReferralEntity, ReferralImportEntity]), CasesModule],
  controllers: [ReferralsController],
  providers: [ReferralsService, ReferralTransitionsService, ReferralIntake],
  exports: [ReferralsService, ReferralTransitionsService],
})
export class ReferralsModule {}
