import { Controller, Delete, Get, HttpCode, HttpStatus, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ROLES } from '@ibd/shared/contracts';
import { Actor, CurrentActor } from '@ibd/api/audit';
import { PageQuery, Roles, UuidParam } from '@ibd/api/core';
import { SessionsService } from './sessions.service';

/** The caller's own sessions: where they are signed in, and ending any of them. */
@ApiTags('auth')
@ApiBearerAuth()
@Roles(...ROLES)
@Controller('auth/sessions')
export class SessionsController {
  constructor(private readonly sessions: SessionsService) {}

  @Get()
  list(@CurrentActor() actor: Actor, @Query() query: PageQuery) {
    return this.sessions.list(actor.id, actor.sessionId, query);
  }

  /** Every session but the one asking. */
  @Post('end-others')
  @HttpCode(HttpStatus.OK)
  async endOthers(@CurrentActor() actor: Actor) {
    const ended = await this.sessions.endMany(actor.id, { except: actor.sessionId }, actor);
    return { ended: ended.length };
  }

  @Delete(':id')
  @HttpCode(HttpStatus.NO_CONTENT)
  end(@CurrentActor() actor: Actor, @UuidParam() id: string) {
    return this.sessions.endOne(actor.id, id, actor);
  }
}
