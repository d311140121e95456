import {
  BadRequestException,
  Body,
  Controller,
  Get,
  Injectable,
  NotFoundException,
  Param,
  Patch,
} from '@nestjs/common';
import { ApiBearerAuth, ApiProperty, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsInt, Max, Min } from 'class-validator';
import type { UpdateAlertSetting } from '@ibd/shared/contracts';
import type { DataSource } from 'typeorm';
import { Actor, appendAudit, CurrentActor } from '@ibd/api/audit';
import { Roles } from '@ibd/api/core';
import { AlertSettingEntity } from './alert-setting.entity';

export class UpdateAlertSettingDto implements UpdateAlertSetting {
  @ApiProperty({ minimum: 1, maximum: 8760, description: 'in the unit of the setting: at most a year' })
  @IsInt()
  @Min(1)
  @Max(8760)
  value!: number;
}

export interface AlertSettingView {
  key: string;
  value: number;
  unit: string;
  description: string;
  updatedAt: Date;
}

/** A year, in the unit of the setting. */
const MAX_BY_UNIT: Record<string, number> = { hours: 8760, days: 365 };

const toView = ({ key, value, unit, description, updatedAt }: AlertSettingEntity): AlertSettingView => ({
  key,
  value,
  unit,
  description,
  updatedAt,
});

/** The thresholds of the alerts job; the worker reads them on its next run. */
@Injectable()
export class AlertSettingsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(): Promise<AlertSettingView[]> {
    const rows = await this.dataSource.getRepository(AlertSettingEntity).find({ order: { key: 'ASC' } });
    return rows.map(toView);
  }

  async update(key: string, value: number, actor: Actor): Promise<AlertSettingView> {
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(AlertSettingEntity);
      const setting = await repository
        .createQueryBuilder('s')
        .setLock('pessimistic_write')
        .where('s.key = :key', { key })
        .getOne();
      if (!setting) throw new NotFoundException('Alert setting not found');
      const max = MAX_BY_UNIT[setting.unit] ?? 8760;
      if (value > max) throw new BadRequestException([`value must not be greater than ${max} (${setting.unit})`]);
      await repository.update({ key }, { value });
      await appendAudit(manager, actor, { action: 'alert_setting.update', entity: 'alert_setting', entityId: key });
      return toView(await repository.findOneByOrFail({ key }));
    });
  }
}

@ApiTags('alerts')
@ApiBearerAuth()
@Controller('alert-settings')
export class AlertSettingsController {
  constructor(private readonly settings: AlertSettingsService) {}

  @Roles('admin', 'monitor')
  @Get()
  list() {
    return this.settings.list();
  }

  @Roles('admin')
  @Patch(':key')
  update(@Param('key') key: string, @Body() dto: UpdateAlertSettingDto, @CurrentActor() actor: Actor) {
    return this.settings.update(key, dto.value, actor);
  }
}
