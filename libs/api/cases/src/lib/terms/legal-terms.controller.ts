import { Body, Controller, Get, Param, Patch } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Actor, CurrentActor } from '@ibd/api/audit';
import { Roles } from '@ibd/api/core';
import { UpdateLegalTermDto } from './legal-terms.dto';
import { LegalTermsService } from './legal-terms.service';

@ApiTags('legal-terms')
@ApiBearerAuth()
@Controller('legal-terms')
export class LegalTermsController {
  constructor(private readonly terms: LegalTermsService) {}

  @Roles('admin', 'monitor')
  @Get()
  list() {
    return this.terms.list();
  }

  @Roles('admin')
  @Patch(':key')
  update(@Param('key') key: string, @Body() dto: UpdateLegalTermDto, @CurrentActor() actor: Actor) {
    return this.terms.update(key, dto.value, actor);
  }
}
