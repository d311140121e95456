import { Body, Controller, Get, HttpCode, HttpStatus, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Actor, CurrentActor } from '@ibd/api/audit';
import { AuthUser, CurrentUser, Roles, UuidParam } from '@ibd/api/core';
import { BedBoardService } from './bed-board.service';
import { DischargePlacementDto, ExtendPlacementDto, MovePlacementDto } from './dto/change-placement.dto';
import { CreatePlacementDto } from './dto/create-placement.dto';
import { ListPlacementsQuery } from './dto/list-placements.query';
import { PlacementChangesService } from './placement-changes.service';
import { PlacementsService } from './placements.service';

@ApiTags('placements')
@ApiBearerAuth()
@Controller('placements')
export class PlacementsController {
  constructor(
    private readonly placements: PlacementsService,
    private readonly changes: PlacementChangesService,
  ) {}

  @Roles('shelter_staff')
  @Post()
  admit(@Body() dto: CreatePlacementDto, @CurrentActor() actor: Actor) {
    return this.placements.admit(dto, actor);
  }

  @Roles('shelter_staff', 'monitor')
  @Get()
  list(@Query() query: ListPlacementsQuery, @CurrentUser() user: AuthUser) {
    return this.placements.list(query, user);
  }

  @Roles('shelter_staff', 'monitor')
  @Get(':id')
  get(@UuidParam() id: string, @CurrentUser() user: AuthUser) {
    return this.placements.get(id, user);
  }

  @Roles('shelter_staff')
  @Post(':id/extend')
  @HttpCode(HttpStatus.OK)
  extend(@UuidParam() id: string, @Body() dto: ExtendPlacementDto, @CurrentActor() actor: Actor) {
    return this.changes.extend(id, dto, actor);
  }

  @Roles('shelter_staff')
  @Post(':id/move')
  @HttpCode(HttpStatus.OK)
  move(@UuidParam() id: string, @Body() dto: MovePlacementDto, @CurrentActor() actor: Actor) {
    return this.changes.move(id, dto, actor);
  }

  @Roles('shelter_staff')
  @Post(':id/discharge')
  @HttpCode(HttpStatus.OK)
  discharge(@UuidParam() id: string, @Body() dto: DischargePlacementDto, @CurrentActor() actor: Actor) {
    return this.changes.discharge(id, dto, actor);
  }
}

/** The bed board lives here, beside the stays it shows; the facility list stays in the units library. */
@ApiTags('units')
@ApiBearerAuth()
@Controller('facilities')
export class BedBoardController {
  constructor(private readonly board: BedBoardService) {}

  @Roles('shelter_staff', 'monitor', 'admin')
  @Get(':id/beds')
  beds(@UuidParam() id: string, @CurrentUser() user: AuthUser) {
    return this.board.board(id, user);
  }
}
