import { Module } from '@nestjs/common';
import { UsersModule } from '@ibd/api/users';
import { DemoSeedService } from './demo-seed.service';

@Module({ imports: [UsersModule], providers: [DemoSeedService], exports: [DemoSeedService] })
export class DemoModule {}
