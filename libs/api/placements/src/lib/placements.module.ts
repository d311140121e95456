import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CasesModule } from '@ibd/api/cases';
import { ReferralsModule } from '@ibd/api/referrals';
import { UnitsModule } from '@ibd/api/units';
import { BedAssigner } from './bed-assigner';
import { BedAssignmentEntity } from './bed-assignment.entity';
import { BedBoardService } from './bed-board.service';
import { PlacementChangesService } from './placement-changes.service';
import { PlacementExtensionEntity } from './placement-extension.entity';
import { PlacementEntity } from './placement.entity';
import { BedBoardController, PlacementsController } from './placements.controller';
import { PlacementsService } from './placements.service';
import { StayTermEntity } from './stay-term.entity';
import { StayTermsController, StayTermsService } from './stay-terms.admin';

@Module({
  imports: [
    TypeOrmModule.forFeature([PlacementEntity, BedAssignmentEntity, PlacementExtensionEntity, StayTermEntity]),
    CasesModule,
    ReferralsModule,
    UnitsModule,
  ],
  controllers: [PlacementsController, BedBoardController, StayTermsController],
  providers: [StayTermsService, PlacementsService, PlacementChangesService, BedAssigner, BedBoardService],
  exports: [PlacementsService, PlacementChangesService],
})
export class PlacementsModule {}
