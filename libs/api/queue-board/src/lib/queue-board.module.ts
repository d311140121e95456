import { MiddlewareConsumer, Module, NestModule, RequestMethod, VERSION_NEUTRAL } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { AppConfig } from '@ibd/api/core';
import { UsersModule } from '@ibd/api/users';
import { QueueBoardTokenService } from './queue-board-token.service';
import { QUEUE_BOARD_PATH, QUEUE_BOARD_SESSION_SECONDS, queueBoardAudience } from './queue-board.constants';
import { QueueBoardController } from './queue-board.controller';
import { QueueBoardGate } from './queue-board.gate';
import { QueueBoardService } from './queue-board.service';

/** Same algorithm as access tokens (HS256 only: no `none`, no key confusion). */
const ALGORITHM = 'HS256';

/**
 * Bull Board for admins (docs/operations.md, "The queue board"): read-only, at QUEUE_BOARD_PATH,
 * behind a board cookie that an admin gets from `POST /api/v1/admin/queue-board/session`.
 */
@Module({
  imports: [
    UsersModule,
    JwtModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        secret: config.JWT_SECRET,
        signOptions: {
          algorithm: ALGORITHM,
          expiresIn: QUEUE_BOARD_SESSION_SECONDS,
          issuer: config.JWT_ISSUER,
          audience: queueBoardAudience(config.JWT_AUDIENCE),
        },
        verifyOptions: {
          algorithms: [ALGORITHM],
          issuer: config.JWT_ISSUER,
          audience: queueBoardAudience(config.JWT_AUDIENCE),
        },
      }),
    }),
  ],
  controllers: [QueueBoardController],
  providers: [QueueBoardTokenService, QueueBoardService, QueueBoardGate],
})
export class QueueBoardModule implements NestModule {
  constructor(private readonly board: QueueBoardService) {}

  configure(consumer: MiddlewareConsumer): void {
    // Nest adds the global prefix `api`; VERSION_NEUTRAL keeps the board out of `/api/v1`.
    consumer.apply(QueueBoardGate, this.board.handler).forRoutes({
      path: `${QUEUE_BOARD_PATH.replace(/^\/api\//, '')}{/*path}`,
      method: RequestMethod.ALL,
      version: VERSION_NEUTRAL,
    });
  }
}
