import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { VictimsModule } from '@ibd/api/victims';
import { CaseEntity } from './case.entity';
import { CaseCountEntity } from './case-count.entity';
import { CaseFinder } from './case-finder';
import { CaseTaskEntity } from './case-task.entity';
import { CaseTasksService } from './case-tasks.service';
import { CasesController } from './cases.controller';
import { CasesService } from './cases.service';
import { PlanItemEntity } from './plan/plan-item.entity';
import { PlanReviewEntity } from './plan/plan-review.entity';
import { PlanController } from './plan/plan.controller';
import { PlanService } from './plan/plan.service';
import { LegalTermEntity } from './terms/legal-term.entity';
import { LegalTermsController } from './terms/legal-terms.controller';
import { LegalTermsService } from './terms/legal-terms.service';
import { CaseEventEntity } from './timeline/case-event.entity';
import { TimelineService } from './timeline/timeline.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([
      CaseEntity,
      CaseCountEntity,
      CaseTaskEntity,
      CaseEventEntity,
      LegalTermEntity,
      PlanItemEntity,
      PlanReviewEntity,
    ]),
    VictimsModule,
  ],
  controllers: [CasesController, PlanController, LegalTermsController],
  providers: [CasesService, CaseFinder, CaseTasksService, LegalTermsService, PlanService, TimelineService],
  exports: [CaseFinder, CasesService, CaseTasksService, VictimsModule],
})
export class CasesModule {}
