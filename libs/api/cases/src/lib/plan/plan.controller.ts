import { Body, Controller, Get, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Actor, CurrentActor } from '@ibd/api/audit';
import { Roles, UuidParam } from '@ibd/api/core';
import { CreatePlanItemDto, CreatePlanReviewDto, UpdatePlanItemDto } from './plan.dto';
import { PlanService } from './plan.service';

@ApiTags('cases')
@ApiBearerAuth()
@Controller('cases/:id/plan')
export class PlanController {
  constructor(private readonly plans: PlanService) {}

  @Roles('shelter_staff', 'social_worker', 'monitor')
  @Get()
  get(@UuidParam() id: string, @CurrentActor() actor: Actor) {
    return this.plans.get(id, actor);
  }

  @Roles('shelter_staff')
  @Post('items')
  addItem(@UuidParam() id: string, @Body() dto: CreatePlanItemDto, @CurrentActor() actor: Actor) {
    return this.plans.addItem(id, dto, actor);
  }

  @Roles('shelter_staff')
  @Patch('items/:itemId')
  updateItem(
    @UuidParam() id: string,
    @UuidParam('itemId') itemId: string,
    @Body() dto: UpdatePlanItemDto,
    @CurrentActor() actor: Actor,
  ) {
    return this.plans.updateItem(id, itemId, dto, actor);
  }

  @Roles('shelter_staff')
  @Post('reviews')
  addReview(@UuidParam() id: string, @Body() dto: CreatePlanReviewDto, @CurrentActor() actor: Actor) {
    return this.plans.addReview(id, dto, actor);
  }
}
