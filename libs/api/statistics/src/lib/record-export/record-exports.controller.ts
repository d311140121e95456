import { Body, Controller, Get, HttpCode, HttpStatus, Post, Query, StreamableFile } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Actor, CurrentActor } from '@ibd/api/audit';
import { PageQuery, Roles, UuidParam } from '@ibd/api/core';
import { RecordExportRequest } from './dto/record-export.request';
import { RecordExportsService } from './record-exports.service';
import { RECORD_WRITERS } from './record-writers';

/** The record-level anonymised file: auditors request it, auditors and monitors read and download it. */
@ApiTags('statistics')
@ApiBearerAuth()
@Controller('statistics/record-exports')
export class RecordExportsController {
  constructor(private readonly exports: RecordExportsService) {}

  /** Accepted whatever Redis is doing: the request is recorded first and built by the worker. */
  @Roles('auditor')
  @Post()
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiAcceptedResponse({ description: '{ id, status: "queued" }' })
  request(@Body() request: RecordExportRequest, @CurrentActor() actor: Actor) {
    return this.exports.request(request, actor);
  }

  @Roles('auditor', 'monitor')
  @Get()
  list(@Query() page: PageQuery) {
    return this.exports.list(page);
  }

  @Roles('auditor', 'monitor')
  @Get(':id')
  find(@UuidParam() id: string) {
    return this.exports.find(id);
  }

  /** The finished file; every download is audited. */
  @Roles('auditor', 'monitor')
  @Get(':id/file')
  @ApiProduces(...Object.values(RECORD_WRITERS).map((writer) => writer.contentType))
  async download(@UuidParam() id: string, @CurrentActor() actor: Actor): Promise<StreamableFile> {
    const file = await this.exports.download(id, actor);
    return new StreamableFile(file.body, {
      type: file.contentType,
      disposition: `attachment; filename="${file.fileName}"`,
    });
  }
}
