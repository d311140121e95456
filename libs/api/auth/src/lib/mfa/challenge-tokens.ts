import { Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { CHALLENGE_EXPIRED } from '@ibd/shared/contracts';
import { AppConfig } from '@ibd/api/core';
import { UserEntity, UsersService } from '@ibd/api/users';
import { JWT_ALGORITHM } from '../token.service';

/** How long the code step of a sign-in may take. */
export const CHALLENGE_SECONDS = 300;

const PURPOSE = 'mfa-challenge';

interface ChallengePayload {
  sub?: unknown;
  purpose?: unknown;
  iat?: unknown;
}

/**
 * The token between the password and the code: an HS256 JWT under the access tokens' secret and
 * issuer but its own audience (`<JWT_AUDIENCE>/mfa-challenge`) and `purpose`, so the access-token
 * strategy refuses it and this refuses access tokens.
 */
@Injectable()
export class ChallengeTokens {
  private readonly jwt: JwtService;

  constructor(
    config: AppConfig,
    private readonly users: UsersService,
  ) {
    const audience = `${config.JWT_AUDIENCE}/${PURPOSE}`;
    this.jwt = new JwtService({
      secret: config.JWT_SECRET,
      signOptions: { algorithm: JWT_ALGORITHM, expiresIn: CHALLENGE_SECONDS, issuer: config.JWT_ISSUER, audience },
      verifyOptions: { algorithms: [JWT_ALGORITHM], issuer: config.JWT_ISSUER, audience },
    });
  }

  sign(userId: string): Promise<string> {
    return this.jwt.signAsync({ sub: userId, purpose: PURPOSE });
  }

  /** The still-active user a challenge names; anything else is 401 CHALLENGE_EXPIRED. */
  async verify(token: string): Promise<UserEntity> {
    const payload = await this.jwt.verifyAsync<ChallengePayload>(token).catch(() => null);
    const user =
      payload?.purpose === PURPOSE && typeof payload.sub === 'string' && typeof payload.iat === 'number'
        ? await this.users.findActive(payload.sub)
        : null;
    // iat has whole seconds: compare with the change's second, so a challenge issued in that second stands.
    if (!user || (payload?.iat as number) < Math.floor(user.credentialsChangedAt.getTime() / 1000)) {
      throw new UnauthorizedException({
        statusCode: 401,
        error: 'Unauthorized',
        message: 'The sign-in has expired: enter the password again',
        code: CHALLENGE_EXPIRED,
      });
    }
    return user;
  }
}
