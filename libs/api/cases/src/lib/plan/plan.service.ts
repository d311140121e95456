import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { appendAudit, Actor } from '@ibd/api/audit';
import { Keyring } from '@ibd/api/identity';
import { CaseFinder } from '../case-finder';
import { appendCaseEvents } from '../timeline/case-events';
import { CreatePlanItemDto, CreatePlanReviewDto, UpdatePlanItemDto } from './plan.dto';
import { PlanItemEntity } from './plan-item.entity';
import { PlanReviewEntity } from './plan-review.entity';

import type {
  PlanItemView as PlanItemViewOf,
  PlanReviewView as PlanReviewViewOf,
  PlanView as PlanViewOf,
} from '@ibd/shared/contracts';

/** The plan as the API holds it (points in time as Dates). */
export type PlanItemView = PlanItemViewOf<Date>;
export type PlanReviewView = PlanReviewViewOf<Date>;
export type PlanView = PlanViewOf<Date>;

/** The support & safety plan of a case: needs, risks, goals and reviews. */
@Injectable()
export class PlanService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cases: CaseFinder,
    private readonly keyring: Keyring,
  ) {}

  /** Staff read the texts (an audited read); monitors see the plan's shape without them. */
  async get(caseId: string, actor: Actor): Promise<PlanView> {
    return this.dataSource.transaction(async (manager) => {
      await this.cases.findInScope(caseId, actor, manager);
      const [items, reviews] = await Promise.all([
        manager.getRepository(PlanItemEntity).find({ where: { caseId }, order: { createdAt: 'ASC', id: 'ASC' } }),
        manager
          .getRepository(PlanReviewEntity)
          .find({ where: { caseId }, order: { reviewedOn: 'ASC', createdAt: 'ASC' } }),
      ]);
      const withText = actor.role === 'shelter_staff';
      if (withText) await appendAudit(manager, actor, { action: 'case.plan.read', entity: 'case', entityId: caseId });
      return {
        items: items.map((item) => this.itemView(item, withText)),
        reviews: reviews.map((review) => this.reviewView(review, withText)),
      };
    });
  }

  async addItem(caseId: string, dto: CreatePlanItemDto, actor: Actor): Promise<PlanItemView> {
    if ((dto.kind === 'risk') !== (dto.riskLevel !== undefined)) {
      throw new BadRequestException([
        dto.kind === 'risk' ? 'riskLevel is required for a risk' : 'riskLevel is only for a risk',
      ]);
    }
    return this.dataSource.transaction(async (manager) => {
      await this.cases.findOpenForChange(caseId, actor, manager);
      const repository = manager.getRepository(PlanItemEntity);
      const item = await repository.save(
        repository.create({
          caseId,
          kind: dto.kind,
          textEnc: this.keyring.encrypt(dto.text),
          riskLevel: dto.riskLevel ?? null,
          dueOn: dto.dueOn ?? null,
          responsibleEnc: dto.responsible ? this.keyring.encrypt(dto.responsible) : null,
          createdBy: actor.id,
        }),
      );
      await appendCaseEvents(manager, {
        caseId,
        kind: 'plan.item.added',
        actorId: actor.id,
        refId: item.id,
        data: { item: item.kind },
      });
      await appendAudit(manager, actor, { action: 'case.plan.item.create', entity: 'plan_item', entityId: item.id });
      return this.itemView(item, true);
    });
  }

  async updateItem(caseId: string, itemId: string, dto: UpdatePlanItemDto, actor: Actor): Promise<PlanItemView> {
    return this.dataSource.transaction(async (manager) => {
      await this.cases.findOpenForChange(caseId, actor, manager);
      const repository = manager.getRepository(PlanItemEntity);
      const item = await repository.findOne({ where: { id: itemId, caseId } });
      if (!item) throw new NotFoundException('Plan item not found');
      if (dto.riskLevel !== undefined && item.kind !== 'risk')
        throw new BadRequestException(['riskLevel is only for a risk']);
      const { text, responsible, ...plain } = dto;
      Object.assign(item, plain);
      if (text !== undefined) item.textEnc = this.keyring.encrypt(text);
      if (responsible !== undefined) item.responsibleEnc = this.keyring.encrypt(responsible);
      const saved = await repository.save(item);
      await appendCaseEvents(manager, {
        caseId,
        kind: 'plan.item.updated',
        actorId: actor.id,
        refId: item.id,
        data: { item: item.kind, fields: Object.keys(dto) },
      });
      await appendAudit(manager, actor, { action: 'case.plan.item.update', entity: 'plan_item', entityId: item.id });
      return this.itemView(saved, true);
    });
  }

  async addReview(caseId: string, dto: CreatePlanReviewDto, actor: Actor): Promise<PlanReviewView> {
    if (dto.nextReviewOn && dto.nextReviewOn <= dto.reviewedOn)
      throw new BadRequestException(['nextReviewOn must be after reviewedOn']);
    return this.dataSource.transaction(async (manager) => {
      await this.cases.findOpenForChange(caseId, actor, manager);
      const repository = manager.getRepository(PlanReviewEntity);
      const review = await repository.save(
        repository.create({
          caseId,
          reviewedOn: dto.reviewedOn,
          summaryEnc: this.keyring.encrypt(dto.summary),
          nextReviewOn: dto.nextReviewOn ?? null,
          createdBy: actor.id,
        }),
      );
      await appendCaseEvents(manager, {
        caseId,
        kind: 'plan.reviewed',
        actorId: actor.id,
        refId: review.id,
        data: { reviewedOn: dto.reviewedOn },
      });
      await appendAudit(manager, actor, {
        action: 'case.plan.review.create',
        entity: 'plan_review',
        entityId: review.id,
      });
      return this.reviewView(review, true);
    });
  }

  private itemView(item: PlanItemEntity, withText: boolean): PlanItemView {
    const { id, kind, status, riskLevel, dueOn, createdAt, updatedAt } = item;
    const view: PlanItemView = { id, kind, status, riskLevel, dueOn, createdAt, updatedAt };
    if (!withText) return view;
    return {
      ...view,
      text: this.keyring.decrypt(item.textEnc),
      responsible: item.responsibleEnc ? this.keyring.decrypt(item.responsibleEnc) : null,
    };
  }

  private reviewView(review: PlanReviewEntity, withText: boolean): PlanReviewView {
    const { id, reviewedOn, nextReviewOn, createdAt } = review;
    return withText
      ? { id, reviewedOn, nextReviewOn, createdAt, summary: this.keyring.decrypt(review.summaryEnc) }
      : { id, reviewedOn, nextReviewOn, createdAt };
  }
}
