import { Body, Controller, Get, HttpCode, HttpStatus, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Actor, CurrentActor } from '@ibd/api/audit';
import { PageQuery, Roles, UuidParam } from '@ibd/api/core';
import { CaseTasksService } from './case-tasks.service';
import { CasesService } from './cases.service';
import { CloseCaseDto, CreateCaseDto, UpdateCaseDto } from './dto/case.dto';
import { CompleteTaskDto } from './dto/complete-task.dto';
import { ListCasesQuery } from './dto/list-cases.query';
import { TimelineService } from './timeline/timeline.service';

/** Readers: staff of the facility, monitors (codes only), social workers through open referrals to their unit. */
const READERS = ['shelter_staff', 'social_worker', 'monitor'] as const;

@ApiTags('cases')
@ApiBearerAuth()
@Controller('cases')
export class CasesController {
  constructor(
    private readonly cases: CasesService,
    private readonly tasks: CaseTasksService,
    private readonly timelines: TimelineService,
  ) {}

  @Roles('shelter_staff')
  @Post()
  create(@Body() dto: CreateCaseDto, @CurrentActor() actor: Actor) {
    return this.cases.create(dto, actor);
  }

  @Roles(...READERS)
  @Get()
  list(@Query() query: ListCasesQuery, @CurrentActor() actor: Actor) {
    return this.cases.list(query, actor);
  }

  @Roles(...READERS)
  @Get(':id')
  get(@UuidParam() id: string, @CurrentActor() actor: Actor) {
    return this.cases.get(id, actor);
  }

  @Roles('shelter_staff')
  @Patch(':id')
  update(@UuidParam() id: string, @Body() dto: UpdateCaseDto, @CurrentActor() actor: Actor) {
    return this.cases.update(id, dto, actor);
  }

  @Roles('shelter_staff')
  @Post(':id/activate')
  @HttpCode(HttpStatus.OK)
  activate(@UuidParam() id: string, @CurrentActor() actor: Actor) {
    return this.cases.activate(id, actor);
  }

  @Roles('shelter_staff')
  @Post(':id/close')
  @HttpCode(HttpStatus.OK)
  close(@UuidParam() id: string, @Body() dto: CloseCaseDto, @CurrentActor() actor: Actor) {
    return this.cases.close(id, dto, actor);
  }

  @Roles('shelter_staff')
  @Post(':id/reopen')
  @HttpCode(HttpStatus.OK)
  reopen(@UuidParam() id: string, @CurrentActor() actor: Actor) {
    return this.cases.reopen(id, actor);
  }

  @Roles(...READERS)
  @Get(':id/tasks')
  listTasks(@UuidParam() id: string, @CurrentActor() actor: Actor) {
    return this.tasks.list(id, actor);
  }

  @Roles('shelter_staff')
  @Post(':id/tasks/:taskId/done')
  @HttpCode(HttpStatus.OK)
  completeTask(
    @UuidParam() id: string,
    @UuidParam('taskId') taskId: string,
    @Body() dto: CompleteTaskDto,
    @CurrentActor() actor: Actor,
  ) {
    return this.tasks.complete(id, taskId, dto, actor);
  }

  @Roles(...READERS)
  @Get(':id/timeline')
  timeline(@UuidParam() id: string, @Query() query: PageQuery, @CurrentActor() actor: Actor) {
    return this.timelines.timeline(id, actor, query);
  }
}
