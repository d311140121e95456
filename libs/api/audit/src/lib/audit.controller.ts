import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Roles } from '@ibd/api/core';
import { AuditService } from './audit.service';
import { ListAuditQuery } from './dto/list-audit.query';

@ApiTags('audit')
@ApiBearerAuth()
@Roles('monitor', 'auditor')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  list(@Query() query: ListAuditQuery) {
    return this.audit.list(query);
  }

  @Get('verify')
  verify() {
    return this.audit.verify();
  }

  @Get('head')
  head() {
    return this.audit.head();
  }
}
