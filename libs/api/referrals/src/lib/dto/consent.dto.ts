import { ApiProperty } from '@nestjs/swagger';
import { Equals } from 'class-validator';
import { IsPastDate } from '@ibd/api/core';
import type { ReferralConsent } from '@ibd/shared/contracts';

/** The person's informed consent (NRM measure 1.4, step 1): without it nothing is sent. */
export class ReferralConsentDto implements ReferralConsent {
  @ApiProperty({ enum: [true] })
  @Equals(true, { message: "$property must be true: the person's informed consent is required" })
  given!: true;

  @ApiProperty({ example: '2026-11-20', description: 'when the consent was given' })
  @IsPastDate()
  date!: string;
}
