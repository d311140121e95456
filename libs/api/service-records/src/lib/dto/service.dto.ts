import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import type { CreateServiceRecord, CreateServiceType } from '@ibd/shared/contracts';
import { IsPastTimestamp, Trim } from '@ibd/api/core';

const SERVICE_CODE = /^[a-z][a-z0-9_]{1,47}$/;

export class CreateServiceRecordDto implements CreateServiceRecord {
  @ApiProperty({ example: 'psychological', description: 'a code of GET /service-types' })
  @Matches(SERVICE_CODE, { message: 'type must be a service type code' })
  type!: string;

  @ApiProperty({ example: '2026-03-02T10:00:00+02:00' })
  @IsPastTimestamp()
  providedAt!: string;

  @ApiProperty({ minimum: 1, maximum: 1440 })
  @IsInt()
  @Min(1)
  @Max(1440)
  durationMinutes!: number;

  @ApiPropertyOptional({ maxLength: 1000, description: 'a short note, stored encrypted' })
  @IsOptional()
  @Trim()
  @IsString()
  @Length(1, 1000)
  notes?: string;
}

export class CreateServiceTypeDto implements CreateServiceType {
  @ApiProperty({ example: 'art_therapy' })
  @Matches(SERVICE_CODE, { message: 'code must be 2-48 characters: lowercase latin letters, digits, underscore' })
  code!: string;

  @ApiProperty({ example: 'Арт терапия' })
  @Trim()
  @IsString()
  @Length(1, 200)
  nameBg!: string;

  @ApiProperty({ example: 'Art therapy' })
  @Trim()
  @IsString()
  @Length(1, 200)
  nameEn!: string;
}
