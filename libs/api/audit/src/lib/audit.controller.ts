import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Roles } from '@ibd/api/core';
import { AuditService } from './audit.service';
import { ListAuditQuery } from './dto/list-audit.query';
import { VerifyAuditQuery } from './dto/verify-audit.query';

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
  verify(@Query() query: VerifyAuditQuery) {
    return this.audit.verify(query);
  }

  @Get('head')
  head() {
    return this.audit.head();
  }
}
