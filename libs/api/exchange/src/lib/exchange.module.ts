import { Module } from '@nestjs/common';
import { CasesModule } from '@ibd/api/cases';
import { IdentityCryptoModule } from '@ibd/api/identity';
import { ReferralsModule } from '@ibd/api/referrals';
import { CaseExportService } from './case-export.service';
import { ExchangeController } from './exchange.controller';
import { ReferralImportService } from './referral-import.service';

@Module({
  imports: [CasesModule, ReferralsModule, IdentityCryptoModule],
  controllers: [ExchangeController],
  providers: [CaseExportService, ReferralImportService],
})
export class ExchangeModule {}
