import { Controller, Get, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Actor, CurrentActor } from '@ibd/api/audit';
import { Roles } from '@ibd/api/core';
import { ExportQuery } from './dto/export.query';
import { ExportService } from './export.service';
import { EXPORT_WRITERS } from './writers';

@ApiTags('statistics')
@ApiBearerAuth()
@Controller('statistics/export')
export class ExportController {
  constructor(private readonly exports: ExportService) {}

  /** Aggregate tables only, with no count below the disclosure threshold; every export is audited. */
  @Roles('auditor', 'monitor')
  @Get()
  @ApiProduces(...Object.values(EXPORT_WRITERS).map((writer) => writer.contentType))
  async export(@Query() query: ExportQuery, @CurrentActor() actor: Actor): Promise<StreamableFile> {
    const file = await this.exports.export(query, actor);
    return new StreamableFile(file.body, {
      type: file.contentType,
      disposition: `attachment; filename="${file.fileName}"`,
    });
  }
}
