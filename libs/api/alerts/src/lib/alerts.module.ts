import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AlertSettingEntity } from './alert-setting.entity';
import { AlertSettingsController, AlertSettingsService } from './alert-settings.admin';
import { AlertEntity } from './alert.entity';
import { AlertsController } from './alerts.controller';
import { AlertsService } from './alerts.service';

/** GET /alerts in the API; the computing job runs in the worker (AlertsWorkerModule). */
@Module({
  imports: [TypeOrmModule.forFeature([AlertEntity, AlertSettingEntity])],
  controllers: [AlertsController, AlertSettingsController],
  providers: [AlertsService, AlertSettingsService],
})
export class AlertsModule {}
