import { Body, Controller, Get, Injectable, NotFoundException, Param, Patch } from '@nestjs/common';
import { ApiBearerAuth, ApiProperty, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsInt, Max, Min } from 'class-validator';
import type { UpdateStayTerm } from '@ibd/shared/contracts';
import type { DataSource } from 'typeorm';
import { Actor, appendAudit, CurrentActor } from '@ibd/api/audit';
import { Roles } from '@ibd/api/core';
import { StayTermEntity } from './stay-term.entity';

export class UpdateStayTermDto implements UpdateStayTerm {
  @ApiProperty({ minimum: 1, maximum: 3650 })
  @IsInt()
  @Min(1)
  @Max(3650)
  minStayDays!: number;
}

export interface StayTermView {
  facilityKind: string;
  minStayDays: number;
  basis: string;
  updatedAt: Date;
}

const toView = ({ facilityKind, minStayDays, basis, updatedAt }: StayTermEntity): StayTermView => ({
  facilityKind,
  minStayDays,
  basis,
  updatedAt,
});

/** The minimum stay per kind of shelter, read by new admissions; a change is audited with it. */
@Injectable()
export class StayTermsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(): Promise<StayTermView[]> {
    const rows = await this.dataSource.getRepository(StayTermEntity).find({ order: { facilityKind: 'ASC' } });
    return rows.map(toView);
  }

  async update(facilityKind: string, minStayDays: number, actor: Actor): Promise<StayTermView> {
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(StayTermEntity);
      const result = await repository.update({ facilityKind }, { minStayDays });
      if (!result.affected) throw new NotFoundException('Stay term not found');
      await appendAudit(manager, actor, { action: 'stay_term.update', entity: 'stay_term', entityId: facilityKind });
      return toView(await repository.findOneByOrFail({ facilityKind }));
    });
  }
}

@ApiTags('stay-terms')
@ApiBearerAuth()
@Controller('stay-terms')
export class StayTermsController {
  constructor(private readonly terms: StayTermsService) {}

  @Roles('admin', 'monitor')
  @Get()
  list() {
    return this.terms.list();
  }

  @Roles('admin')
  @Patch(':kind')
  update(@Param('kind') kind: string, @Body() dto: UpdateStayTermDto, @CurrentActor() actor: Actor) {
    return this.terms.update(kind, dto.minStayDays, actor);
  }
}
