import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import {
  PLAN_ITEM_KINDS,
  PLAN_ITEM_STATUSES,
  PlanItemKind,
  PlanItemStatus,
  RISK_LEVELS,
  RiskLevel,
  type CreatePlanItem,
  type UpdatePlanItem,
  type CreatePlanReview,
} from '@ibd/shared/contracts';
import { IsDateOnly, IsPastDate, Trim } from '@ibd/api/core';

export class CreatePlanItemDto implements CreatePlanItem {
  @ApiProperty({ enum: PLAN_ITEM_KINDS })
  @IsIn(PLAN_ITEM_KINDS)
  kind!: PlanItemKind;

  @ApiProperty({ maxLength: 2000, description: 'stored encrypted' })
  @Trim()
  @IsString()
  @Length(1, 2000)
  text!: string;

  @ApiPropertyOptional({ enum: RISK_LEVELS, description: 'required for a risk, refused otherwise' })
  @IsOptional()
  @IsIn(RISK_LEVELS)
  riskLevel?: RiskLevel;

  @ApiPropertyOptional({ example: '2026-06-30', description: 'deadline of a goal' })
  @IsOptional()
  @IsDateOnly()
  dueOn?: string;

  @ApiPropertyOptional({ maxLength: 200, description: 'who is responsible (stored encrypted)' })
  @IsOptional()
  @Trim()
  @IsString()
  @Length(1, 200)
  responsible?: string;
}

export class UpdatePlanItemDto
  extends PartialType(OmitType(CreatePlanItemDto, ['kind'] as const))
  implements UpdatePlanItem
{
  @ApiPropertyOptional({ enum: PLAN_ITEM_STATUSES })
  @IsOptional()
  @IsIn(PLAN_ITEM_STATUSES)
  status?: PlanItemStatus;
}

export class CreatePlanReviewDto implements CreatePlanReview {
  @ApiProperty({ example: '2026-04-01' })
  @IsPastDate()
  reviewedOn!: string;

  @ApiProperty({ maxLength: 4000, description: 'stored encrypted' })
  @Trim()
  @IsString()
  @Length(1, 4000)
  summary!: string;

  @ApiPropertyOptional({ example: '2026-05-01' })
  @IsOptional()
  @IsDateOnly()
  nextReviewOn?: string;
}
