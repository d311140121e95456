import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityCryptoModule } from '@ibd/api/identity';
import { VictimEntity } from './victim.entity';
import { VictimsController } from './victims.controller';
import { VictimsService } from './victims.service';

@Module({
  imports: [TypeOrmModule.forFeature([VictimEntity]), IdentityCryptoModule],
  controllers: [VictimsController],
  providers: [VictimsService],
  exports: [VictimsService, IdentityCryptoModule],
})
export class VictimsModule {}
