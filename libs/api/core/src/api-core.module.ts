import { Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { JwtAuthGuard } from './auth/jwt-auth.guard';
import { RolesGuard } from './auth/roles.guard';
import { SecondFactorGuard } from './auth/second-factor.guard';
import { AppConfigModule } from './config/config.module';
import { HealthModule } from './health/health.module';
import { AllExceptionsFilter } from './http/all-exceptions.filter';
import { createValidationPipe } from './http/validation.pipe';
import { LoggingModule } from './logging/logger.module';

/** Secure-by-default plumbing of the HTTP API: config, logs, validation, errors, guards, health. */
@Module({
  imports: [AppConfigModule, LoggingModule, HealthModule],
  providers: [
    { provide: APP_PIPE, useFactory: createValidationPipe },
    { provide: APP_FILTER, useClass: AllExceptionsFilter },
    { provide: APP_GUARD, useClass: JwtAuthGuard },
    { provide: APP_GUARD, useClass: SecondFactorGuard },
    { provide: APP_GUARD, useClass: RolesGuard },
  ],
})
export class ApiCoreModule {}
