export * from './lib/case-export.service';
export * from './lib/dto/htcds-import.dto';
export * from './lib/exchange.module';
export * from './lib/referral-import.service';
