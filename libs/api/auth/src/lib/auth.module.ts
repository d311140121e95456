import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '@ibd/api/core';
import { IdentityCryptoModule } from '@ibd/api/identity';
import { UsersModule } from '@ibd/api/users';
import { AdminSecurityController, MfaPoliciesController } from './admin-security.controller';
import { AuthPurgeService } from './auth-purge.service';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { JwtStrategy } from './jwt.strategy';
import { LoginThrottleEntity } from './login-throttle.entity';
import { LoginThrottleService } from './login-throttle.service';
import { ChallengeTokens } from './mfa/challenge-tokens';
import { MfaPolicyService } from './mfa/mfa-policy.service';
import { MfaPolicyEntity } from './mfa/mfa-policy.entity';
import { MfaController } from './mfa/mfa.controller';
import { RecoveryCodeEntity } from './mfa/recovery-code.entity';
import { SecondFactorEntity } from './mfa/second-factor.entity';
import { SecondFactorService } from './mfa/second-factor.service';
import { Totp } from './mfa/totp';
import { RefreshCookie } from './refresh-cookie';
import { RefreshTokenEntity } from './refresh-token.entity';
import { AuthSessionEntity } from './sessions/auth-session.entity';
import { SessionsController } from './sessions/sessions.controller';
import { SessionsService } from './sessions/sessions.service';
import { JWT_ALGORITHM, TokenService } from './token.service';

/** What the purge touches (the worker's share of the auth tables). */
const AUTH_ENTITIES = [AuthSessionEntity, RefreshTokenEntity, LoginThrottleEntity];

@Module({
  imports: [
    TypeOrmModule.forFeature([...AUTH_ENTITIES, SecondFactorEntity, RecoveryCodeEntity, MfaPolicyEntity]),
    UsersModule,
    IdentityCryptoModule,
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
  controllers: [AuthController, MfaController, SessionsController, AdminSecurityController, MfaPoliciesController],
  providers: [
    AuthService,
    TokenService,
    RefreshCookie,
    LoginThrottleService,
    JwtStrategy,
    AuthPurgeService,
    ChallengeTokens,
    MfaPolicyService,
    SecondFactorService,
    SessionsService,
    { provide: Totp, useValue: new Totp() },
  ],
  exports: [AuthPurgeService],
})
export class AuthModule {}

/** The purge alone, for the worker: no controllers, no HTTP. */
@Module({
  imports: [TypeOrmModule.forFeature(AUTH_ENTITIES)],
  providers: [AuthPurgeService],
  exports: [AuthPurgeService],
})
export class AuthPurgeModule {}
