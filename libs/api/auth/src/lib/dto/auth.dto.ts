import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length, MaxLength } from 'class-validator';
import { PASSWORD_MAX_LENGTH } from '@ibd/shared/contracts';

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

export class RefreshDto {
  @ApiProperty()
  @IsString()
  @MaxLength(200)
  refreshToken!: string;
}
