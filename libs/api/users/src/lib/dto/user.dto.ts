import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, Length, Matches, MaxLength, MinLength } from 'class-validator';
import {
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  ROLES,
  Role,
  USERNAME_PATTERN,
  type CreateUser,
  type UpdateUser,
} from '@ibd/shared/contracts';
import { PageQuery, Trim } from '@ibd/api/core';

export class CreateUserDto implements CreateUser {
  @ApiProperty({ example: 'staff.varna2' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsString()
  @Matches(USERNAME_PATTERN, {
    message: 'username must be 3-64 characters: latin letters, digits, dot, dash, underscore',
  })
  username!: string;

  @ApiProperty({ example: 'Мария Петрова' })
  @Trim()
  @IsString()
  @Length(1, 200)
  displayName!: string;

  @ApiProperty({ minLength: PASSWORD_MIN_LENGTH })
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH)
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES)
  role!: Role;

  @ApiProperty()
  @IsUUID()
  unitId!: string;
}

/** The username is the login and the audit trail's name for a person: it never changes. */
export class UpdateUserDto extends PartialType(OmitType(CreateUserDto, ['username'] as const)) implements UpdateUser {
  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

export class ListUsersQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  unitId?: string;

  @ApiPropertyOptional({ description: 'part of the username' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  q?: string;
}
