import { Module } from '@nestjs/common';
import { migrations } from '@ibd/migrations';
import { ApiCoreModule, DatabaseModule } from '@ibd/api/core';
import { AuthModule } from '@ibd/api/auth';
import { UnitsModule } from '@ibd/api/units';
import { UsersModule } from '@ibd/api/users';

/** The HTTP API: a composition root, nothing more. It migrates the database at start. */
@Module({
  imports: [ApiCoreModule, DatabaseModule.forRoot({ migrations, migrationsRun: true }), AuthModule, UsersModule, UnitsModule],
})
export class AppModule {}
