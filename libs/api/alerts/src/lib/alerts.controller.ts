import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '@ibd/api/core';
import { AlertsService } from './alerts.service';
import { ListAlertsQuery } from './dto/list-alerts.query';

@ApiTags('alerts')
@ApiBearerAuth()
@Controller('alerts')
export class AlertsController {
  constructor(private readonly alerts: AlertsService) {}

  /** As the alerts job last computed them (every few minutes, see queue/alerts.job.ts). */
  @Roles('shelter_staff', 'social_worker', 'monitor')
  @Get()
  list(@Query() query: ListAlertsQuery, @CurrentUser() user: AuthUser) {
    return this.alerts.list(query, user);
  }
}
