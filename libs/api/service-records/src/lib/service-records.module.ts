import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CasesModule } from '@ibd/api/cases';
import { ServiceRecordEntity } from './service-record.entity';
import { ServiceRecordsController } from './service-records.controller';
import { ServiceRecordsService } from './service-records.service';
import { ServiceTypeEntity } from './service-type.entity';

@Module({
  imports: [TypeOrmModule.forFeature([ServiceTypeEntity, ServiceRecordEntity]), CasesModule],
  controllers: [ServiceRecordsController],
  providers: [ServiceRecordsService],
  exports: [ServiceRecordsService],
})
export class ServiceRecordsModule {}
