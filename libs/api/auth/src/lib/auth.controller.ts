import {
  Body,
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  Post,
  Req,
  Res,
  UnauthorizedException,
  UseGuards,
} from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiTags } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import type { Request, Response } from 'express';
import { CSRF_HEADER, type LoginAnswer, type LoginResponse, ROLES } from '@ibd/shared/contracts';
import { AuthUser, CurrentUser, Public, Roles } from '@ibd/api/core';
import { toUserView, UsersService } from '@ibd/api/users';
import { AuthService } from './auth.service';
import { ClientInfo, CurrentClient } from './client-info';
import { LoginDto, SecondFactorDto } from './dto/auth.dto';
import { CsrfHeaderGuard, RefreshCookie } from './refresh-cookie';

const CSRF = { name: CSRF_HEADER, required: true, description: 'always `1`; sent with the refresh cookie' };

/** Every answer with tokens sets the refresh cookie; the body carries the access token only. */
@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
    private readonly cookie: RefreshCookie,
  ) {}

  /** The session, or for a user with a second factor `{ challengeToken, challengeExpiresIn }`. */
  @Public()
  @UseGuards(ThrottlerGuard)
  @Post('login')
  @HttpCode(HttpStatus.OK)
  async login(
    @Body() dto: LoginDto,
    @CurrentClient() client: ClientInfo,
    @Res({ passthrough: true }) res: Response,
  ): Promise<LoginAnswer> {
    const outcome = await this.auth.login(dto.username, dto.password, client);
    return 'challengeToken' in outcome ? outcome : this.cookie.hand(res, outcome);
  }

  /** The second step: the challenge and a code (or a recovery code) → the session. */
  @Public()
  @UseGuards(ThrottlerGuard)
  @Post('login/second-factor')
  @HttpCode(HttpStatus.OK)
  async completeLogin(
    @Body() dto: SecondFactorDto,
    @CurrentClient() client: ClientInfo,
    @Res({ passthrough: true }) res: Response,
  ): Promise<LoginResponse> {
    return this.cookie.hand(res, await this.auth.completeLogin(dto, client));
  }

  /** The refresh cookie → a new access token and the next refresh cookie. */
  @Public()
  @ApiHeader(CSRF)
  @UseGuards(ThrottlerGuard, CsrfHeaderGuard)
  @Post('refresh')
  @HttpCode(HttpStatus.OK)
  async refresh(
    @Req() req: Request,
    @CurrentClient() client: ClientInfo,
    @Res({ passthrough: true }) res: Response,
  ): Promise<LoginResponse> {
    return this.cookie.hand(res, await this.auth.refresh(this.cookie.read(req), client));
  }

  /** Ends the cookie's session and clears the cookie. */
  @Public()
  @ApiHeader(CSRF)
  @UseGuards(CsrfHeaderGuard)
  @Post('logout')
  @HttpCode(HttpStatus.NO_CONTENT)
  async logout(
    @Req() req: Request,
    @CurrentClient() client: ClientInfo,
    @Res({ passthrough: true }) res: Response,
  ): Promise<void> {
    await this.auth.logout(this.cookie.read(req), client);
    this.cookie.clear(res);
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
