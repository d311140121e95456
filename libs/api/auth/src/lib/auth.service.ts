import { Injectable, UnauthorizedException } from '@nestjs/common';
import type { LoginResponse } from '@ibd/shared/contracts';
import { PasswordService, UsersService } from '@ibd/api/users';
import { LoginThrottleService } from './login-throttle.service';
import { TokenService } from './token.service';

/** The same message for an unknown user and a wrong password. */
export const WRONG_CREDENTIALS = 'Wrong username or password';

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersService,
    private readonly passwords: PasswordService,
    private readonly throttle: LoginThrottleService,
    private readonly tokens: TokenService,
  ) {}

  async login(rawUsername: string, password: string): Promise<LoginResponse> {
    const username = rawUsername.trim().toLowerCase();
    await this.throttle.assertNotLocked(username);
    const user = await this.users.findForLogin(username);
    if (!user || !(await this.passwords.verify(user.passwordHash, password))) {
      await this.throttle.recordFailure(username);
      throw new UnauthorizedException(WRONG_CREDENTIALS);
    }
    await this.throttle.reset(username);
    return this.tokens.issue(user);
  }

  refresh(refreshToken: string): Promise<LoginResponse> {
    return this.tokens.rotate(refreshToken, (id) => this.users.findActive(id));
  }

  logout(refreshToken: string): Promise<void> {
    return this.tokens.revoke(refreshToken);
  }
}
