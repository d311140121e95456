import { ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { UserEntity, UsersService } from '@ibd/api/users';
import { QUEUE_BOARD_PURPOSE } from './queue-board.constants';

interface BoardPayload {
  sub?: unknown;
  purpose?: unknown;
  iat?: unknown;
}

/**
 * Board tokens: HS256 JWTs under the same secret and issuer as access tokens, but with their own
 * audience and a `purpose` claim. The access-token strategy refuses them (wrong audience) and this
 * service refuses access tokens (wrong audience, no purpose).
 */
@Injectable()
export class QueueBoardTokenService {
  constructor(
    private readonly jwt: JwtService,
    private readonly users: UsersService,
  ) {}

  sign(userId: string): Promise<string> {
    return this.jwt.signAsync({ sub: userId, purpose: QUEUE_BOARD_PURPOSE });
  }

  /**
   * The admin a board token names. Like a refresh, it asks the database: an account deactivated or
   * changed (password, role, unit) since the token was issued is refused at once.
   */
  async verify(token: string | undefined): Promise<UserEntity> {
    if (!token) throw new UnauthorizedException('Open the queue board from ИБД to sign in to it');
    let payload: BoardPayload;
    try {
      payload = await this.jwt.verifyAsync<BoardPayload>(token);
    } catch {
      throw new UnauthorizedException('Invalid or expired queue board session');
    }
    const { sub, purpose, iat } = payload;
    if (typeof sub !== 'string' || purpose !== QUEUE_BOARD_PURPOSE || typeof iat !== 'number') {
      throw new UnauthorizedException('Invalid or expired queue board session');
    }
    const user = await this.users.findActive(sub);
    // iat has whole seconds: compare with the change's second, so a token issued in that second stands.
    if (!user || iat < Math.floor(user.credentialsChangedAt.getTime() / 1000)) {
      throw new UnauthorizedException('Invalid or expired queue board session');
    }
    if (user.role !== 'admin') {
      throw new ForbiddenException('Your role may not use the queue board');
    }
    return user;
  }
}
