import { Body, Controller, Get, HttpCode, HttpStatus, Post, UnauthorizedException, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import { ROLES } from '@ibd/shared/contracts';
import { AuthUser, CurrentUser, Public, Roles } from '@ibd/api/core';
import { toUserView, UsersService } from '@ibd/api/users';
import { AuthService } from './auth.service';
import { ClientInfo, CurrentClient } from './client-info';
import { LoginDto, RefreshDto, SecondFactorDto } from './dto/auth.dto';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
  ) {}

  /** The tokens, or for a user with a second factor `{ challengeToken, challengeExpiresIn }`. */
  @Public()
  @UseGuards(ThrottlerGuard)
  @Post('login')
  @HttpCode(HttpStatus.OK)
  login(@Body() dto: LoginDto, @CurrentClient() client: ClientInfo) {
    return this.auth.login(dto.username, dto.password, client);
  }

  /** The second step: the challenge and a code (or a recovery code) → the tokens. */
  @Public()
  @UseGuards(ThrottlerGuard)
  @Post('login/second-factor')
  @HttpCode(HttpStatus.OK)
  completeLogin(@Body() dto: SecondFactorDto, @CurrentClient() client: ClientInfo) {
    return this.auth.completeLogin(dto, client);
  }

  @Public()
  @UseGuards(ThrottlerGuard)
  @Post('refresh')
  @HttpCode(HttpStatus.OK)
  refresh(@Body() dto: RefreshDto, @CurrentClient() client: ClientInfo) {
    return this.auth.refresh(dto.refreshToken, client);
  }

  @Public()
  @Post('logout')
  @HttpCode(HttpStatus.NO_CONTENT)
  logout(@Body() dto: RefreshDto, @CurrentClient() client: ClientInfo) {
    return this.auth.logout(dto.refreshToken, client);
  }

  @ApiBearerAuth()
  @Roles(...ROLES)
  @Get('me')
  async me(@CurrentUser() caller: AuthUser) {
    const user = await this.users.findActive(caller.id);
    if (!user) throw new UnauthorizedException('This account is no longer active');
    const { active: _active, createdAt: _createdAt, ...session } = toUserView(user);
    return session;
  }
}
