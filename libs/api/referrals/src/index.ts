export * from './lib/dto/answer-referral.dto';
export * from './lib/dto/consent.dto';
export * from './lib/dto/create-referral.dto';
export * from './lib/referral-transitions.service';
export * from './lib/referral.entity';
export * from './lib/referrals.module';
export * from './lib/referrals.service';
export * from './lib/referral-import.entity';
