import { HttpException, HttpStatus, Injectable, NestMiddleware, ServiceUnavailableException } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { readCookie } from '@ibd/api/core';
import { QueueBoardTokenService } from './queue-board-token.service';
import { QUEUE_BOARD_COOKIE, QUEUE_BOARD_PATH } from './queue-board.constants';
import { QueueBoardService } from './queue-board.service';

/**
 * The board's page loads only its own scripts, styles and images. Stricter than helmet's default,
 * which would also let it fetch Google Fonts (https:): the board falls back to system fonts rather
 * than tell a third party who opens it. Inline style attributes are the one allowance it needs.
 */
const QUEUE_BOARD_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "script-src-attr 'none'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const READS = new Set(['GET', 'HEAD']);

/**
 * In front of every board request: a valid board cookie of a still-active admin, reads only, then
 * (for the board's data) Redis. The page and its files need no Redis, so the board can say it is away.
 */
@Injectable()
export class QueueBoardGate implements NestMiddleware {
  constructor(
    private readonly tokens: QueueBoardTokenService,
    private readonly board: QueueBoardService,
  ) {}

  async use(req: Request, res: Response, next: NextFunction): Promise<void> {
    await this.tokens.verify(readCookie(req.headers.cookie, QUEUE_BOARD_COOKIE));
    if (!READS.has(req.method)) {
      throw new HttpException('The queue board is read-only', HttpStatus.METHOD_NOT_ALLOWED);
    }
    res.setHeader('Content-Security-Policy', QUEUE_BOARD_CSP);
    res.setHeader('Cache-Control', 'no-store');
    if (req.originalUrl.startsWith(`${QUEUE_BOARD_PATH}/api/`) && !(await this.board.ready())) {
      throw new ServiceUnavailableException('Redis is unavailable: the queues cannot be shown now');
    }
    next();
  }
}
