import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsString, Length, Matches, MaxLength, ValidateIf } from 'class-validator';
import { PASSWORD_MAX_LENGTH, TOTP_CODE_PATTERN, type UpdateMfaPolicy } from '@ibd/shared/contracts';

export class LoginDto {
  @ApiProperty({ example: 'staff.varna' })
  @IsString()
  @Length(1, 64)
  username!: string;

  @ApiProperty({ example: 'Demo-Pass-2026!' })
  @IsString()
  @Length(1, PASSWORD_MAX_LENGTH)
  password!: string;
}

const CODE_MESSAGE = 'code must be the 6 digits the authenticator app shows';

/** A current TOTP code, e.g. to confirm an enrolment or to ask for new recovery codes. */
export class CodeDto {
  @ApiProperty({ example: '123456' })
  @IsString({ message: CODE_MESSAGE })
  @Matches(TOTP_CODE_PATTERN, { message: CODE_MESSAGE })
  code!: string;
}

/** The second step of a sign-in: the challenge and either a code or a recovery code. */
export class SecondFactorDto {
  @ApiProperty({ description: 'challengeToken of the login answer' })
  @IsString()
  @MaxLength(1000)
  challengeToken!: string;

  @ApiPropertyOptional({ example: '123456', description: 'a current code; or send recoveryCode instead' })
  @ValidateIf((dto: SecondFactorDto) => dto.recoveryCode === undefined || dto.code !== undefined)
  @IsString({ message: CODE_MESSAGE })
  @Matches(TOTP_CODE_PATTERN, { message: CODE_MESSAGE })
  code?: string;

  @ApiPropertyOptional({ example: 'ABCDE-FGHJK', description: 'one of the recovery codes, instead of code' })
  @IsOptional()
  @IsString()
  @Length(10, 32)
  recoveryCode?: string;
}

export class MfaPolicyDto implements UpdateMfaPolicy {
  @ApiProperty()
  @IsBoolean()
  required!: boolean;
}
