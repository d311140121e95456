import { Controller, HttpCode, HttpStatus, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig, Roles } from '@ibd/api/core';
import { Actor, appendAudit, CurrentActor } from '@ibd/api/audit';
import type { QueueBoardSession } from '@ibd/shared/contracts';
import { QueueBoardTokenService } from './queue-board-token.service';
import { QUEUE_BOARD_COOKIE, QUEUE_BOARD_PATH, QUEUE_BOARD_SESSION_SECONDS } from './queue-board.constants';
import { queueBoardCookieOptions } from './queue-board.cookie';

/**
 * A browser navigating to the board sends no bearer token, so an admin trades theirs for a short
 * board cookie here, then opens `url`.
 */
@ApiTags('admin')
@ApiBearerAuth()
@Roles('admin')
@Controller('admin/queue-board')
export class QueueBoardController {
  constructor(
    private readonly tokens: QueueBoardTokenService,
    private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @Post('session')
  @HttpCode(HttpStatus.OK)
  async open(@CurrentActor() actor: Actor, @Res({ passthrough: true }) res: Response): Promise<QueueBoardSession> {
    const token = await this.tokens.sign(actor.id);
    await appendAudit(this.dataSource.manager, actor, { action: 'queue_board.open', entity: 'queue_board' });
    res.cookie(QUEUE_BOARD_COOKIE, token, queueBoardCookieOptions(this.config.NODE_ENV === 'production'));
    return { url: `${QUEUE_BOARD_PATH}/`, expiresIn: QUEUE_BOARD_SESSION_SECONDS };
  }
}
