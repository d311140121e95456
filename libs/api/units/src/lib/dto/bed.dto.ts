import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsString, Length, Matches } from 'class-validator';
import type { CreateBed, UpdateBed } from '@ibd/shared/contracts';
import { Trim } from '@ibd/api/core';

export class CreateBedDto implements CreateBed {
  @ApiProperty({ example: 'SOF-SHELTER-11' })
  @Trim()
  @IsString()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$/, {
    message: 'code must be 1-32 characters: latin letters, digits, dash, underscore',
  })
  code!: string;

  @ApiProperty({ example: 'Стая 3, легло 1' })
  @Trim()
  @IsString()
  @Length(1, 100)
  label!: string;
}

export class UpdateBedDto implements UpdateBed {
  @ApiPropertyOptional({ maxLength: 100 })
  @IsOptional()
  @Trim()
  @IsString()
  @Length(1, 100)
  label?: string;

  @ApiPropertyOptional({ description: 'false takes the bed out of service; a bed held by a stay cannot be' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}
