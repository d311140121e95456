import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '@ibd/api/core';
import { UsersModule } from '@ibd/api/users';
import { AuthPurgeService } from './auth-purge.service';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { JwtStrategy } from './jwt.strategy';
import { LoginThrottleEntity } from './login-throttle.entity';
import { LoginThrottleService } from './login-throttle.service';
import { RefreshTokenEntity } from './refresh-token.entity';
import { JWT_ALGORITHM, TokenService } from './token.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([RefreshTokenEntity, LoginThrottleEntity]),
    UsersModule,
    PassportModule,
    JwtModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        secret: config.JWT_SECRET,
        signOptions: {
          algorithm: JWT_ALGORITHM,
          expiresIn: config.ACCESS_TOKEN_TTL_SECONDS,
          issuer: config.JWT_ISSUER,
          audience: config.JWT_AUDIENCE,
        },
        verifyOptions: { algorithms: [JWT_ALGORITHM], issuer: config.JWT_ISSUER, audience: config.JWT_AUDIENCE },
      }),
    }),
    ThrottlerModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => [{ ttl: 60_000, limit: config.AUTH_RATE_LIMIT_PER_MINUTE }],
    }),
  ],
  controllers: [AuthController],
  providers: [AuthService, TokenService, LoginThrottleService, JwtStrategy, AuthPurgeService],
  exports: [AuthPurgeService],
})
export class AuthModule {}

/** The purge alone, for the worker: no controllers, no HTTP. */
@Module({
  imports: [TypeOrmModule.forFeature([RefreshTokenEntity, LoginThrottleEntity])],
  providers: [AuthPurgeService],
  exports: [AuthPurgeService],
})
export class AuthPurgeModule {}
