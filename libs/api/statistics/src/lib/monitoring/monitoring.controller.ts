import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Roles } from '@ibd/api/core';
import { MonitoringQuery } from './dto/monitoring.query';
import { MonitoringService } from './monitoring.service';

@ApiTags('statistics')
@ApiBearerAuth()
@Controller('statistics/monitoring')
export class MonitoringController {
  constructor(private readonly monitoring: MonitoringService) {}

  /** The latest built figures per facility for the periods of a kind overlapping from..to. */
  @Roles('monitor')
  @Get()
  read(@Query() query: MonitoringQuery) {
    return this.monitoring.read(query);
  }
}
