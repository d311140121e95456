import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMinSize, ArrayUnique, IsArray, IsIn, IsOptional, IsString, Length } from 'class-validator';
import {
  type AcceptReferral,
  type DeclineReferral,
  EXPLOITATION_FORMS,
  ExploitationForm,
  Source,
  SOURCES,
} from '@ibd/shared/contracts';
import { IsPastDate, Trim } from '@ibd/api/core';

/** Details for the case the receiving facility opens; defaults come from the referral. */
export class AcceptReferralDto implements AcceptReferral {
  @ApiPropertyOptional({ example: '2026-11-20', description: 'default: the day the referral was sent' })
  @IsOptional()
  @IsPastDate()
  identifiedAt?: string;

  @ApiPropertyOptional({ enum: SOURCES, description: "default: the referral's source, or the sending unit" })
  @IsOptional()
  @IsIn(SOURCES)
  identifiedBy?: Source;

  @ApiPropertyOptional({ enum: EXPLOITATION_FORMS, isArray: true, description: "default: the referral's" })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(EXPLOITATION_FORMS, { each: true, message: '$property must contain only known forms of exploitation' })
  exploitationForms?: ExploitationForm[];
}

export class DeclineReferralDto implements DeclineReferral {
  @ApiProperty({ maxLength: 1000 })
  @Trim()
  @IsString()
  @Length(1, 1000)
  reason!: string;
}
