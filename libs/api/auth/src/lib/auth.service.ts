import { BadRequestException, ConflictException, Injectable, UnauthorizedException } from '@nestjs/common';
import type { RecoveryCodes, SecondFactorChallenge } from '@ibd/shared/contracts';
import type { Actor } from '@ibd/api/audit';
import { PasswordService, UsersService } from '@ibd/api/users';
import type { ClientInfo } from './client-info';
import { SecondFactorDto } from './dto/auth.dto';
import { LoginThrottleService } from './login-throttle.service';
import { CHALLENGE_SECONDS, ChallengeTokens } from './mfa/challenge-tokens';
import { SecondFactorService } from './mfa/second-factor.service';
import { IssuedTokens, TokenService } from './token.service';

/** The same message for an unknown user, a wrong password and a wrong code. */
export const WRONG_CREDENTIALS = 'Wrong username or password';

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersService,
    private readonly passwords: PasswordService,
    private readonly throttle: LoginThrottleService,
    private readonly tokens: TokenService,
    private readonly challenges: ChallengeTokens,
    private readonly secondFactor: SecondFactorService,
  ) {}

  /**
   * The password step. A user with a second factor gets a challenge, not tokens, and the failures
   * counted so far stand until the code is right: a password alone never clears them.
   */
  async login(
    rawUsername: string,
    password: string,
    client: ClientInfo,
  ): Promise<IssuedTokens | SecondFactorChallenge> {
    const username = rawUsername.trim().toLowerCase();
    await this.throttle.assertNotLocked(username);
    const user = await this.users.findForLogin(username);
    if (!user || !(await this.passwords.verify(user.passwordHash, password))) {
      await this.throttle.recordFailure(username);
      throw new UnauthorizedException(WRONG_CREDENTIALS);
    }
    if (await this.secondFactor.isEnrolled(user.id)) {
      return { challengeToken: await this.challenges.sign(user.id), challengeExpiresIn: CHALLENGE_SECONDS };
    }
    await this.throttle.reset(username);
    return this.tokens.issue(user, client);
  }

  /** The code step: a wrong code counts towards the lock-out like a wrong password. */
  async completeLogin(dto: SecondFactorDto, client: ClientInfo): Promise<IssuedTokens> {
    if (dto.code !== undefined && dto.recoveryCode !== undefined) {
      throw new BadRequestException(['code and recoveryCode: send one of them, not both']);
    }
    const user = await this.challenges.verify(dto.challengeToken);
    await this.throttle.assertNotLocked(user.username);
    const actor = { id: user.id, role: user.role, requestId: client.requestId };
    const accepted =
      dto.recoveryCode !== undefined
        ? await this.secondFactor.acceptRecoveryCode(user.id, dto.recoveryCode)
        : await this.secondFactor.acceptCode(user.id, dto.code as string);
    if (!accepted) {
      await this.throttle.recordFailure(user.username);
      await this.secondFactor.recordFailure(actor, user.id);
      throw new UnauthorizedException(WRONG_CREDENTIALS);
    }
    await this.throttle.reset(user.username);
    await this.secondFactor.recordSuccess(actor, user.id, dto.recoveryCode !== undefined);
    return this.tokens.issue(user, client);
  }

  /**
   * New recovery codes need a current code (a stolen access token alone cannot make them); a wrong
   * one counts towards the lock-out.
   */
  async renewRecoveryCodes(actor: Actor, code: string): Promise<RecoveryCodes> {
    if (!(await this.secondFactor.isEnrolled(actor.id))) throw new ConflictException('No second factor is set up');
    await this.throttle.assertNotLocked(actor.username);
    if (!(await this.secondFactor.acceptCode(actor.id, code))) {
      await this.throttle.recordFailure(actor.username);
      await this.secondFactor.recordFailure(actor, actor.id);
      throw new BadRequestException(['code is not a current code of your authenticator app']);
    }
    return this.secondFactor.renewRecoveryCodes(actor);
  }

  refresh(refreshToken: string, client: ClientInfo): Promise<IssuedTokens> {
    return this.tokens.rotate(refreshToken, client);
  }

  logout(refreshToken: string, client: ClientInfo): Promise<void> {
    return this.tokens.revoke(refreshToken, client);
  }
}
