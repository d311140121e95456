import { Body, Controller, Get, HttpCode, HttpStatus, Post, Query } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, PageQuery, Roles, UuidParam } from '@ibd/api/core';
import { PeriodDto } from '../period/period.dto';
import { RunsService } from './runs.service';

@ApiTags('statistics')
@ApiBearerAuth()
@Controller('statistics/runs')
export class RunsController {
  constructor(private readonly runs: RunsService) {}

  /** Accepted whatever Redis is doing: the run is recorded first and built by the worker. */
  @Roles('monitor')
  @Post()
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiAcceptedResponse({ description: '{ id, status: "queued" }' })
  request(@Body() period: PeriodDto, @CurrentUser() user: AuthUser) {
    return this.runs.request(period, user);
  }

  @Roles('monitor')
  @Get()
  list(@Query() page: PageQuery) {
    return this.runs.list(page);
  }

  @Roles('monitor')
  @Get(':id')
  find(@UuidParam() id: string) {
    return this.runs.find(id);
  }
}
