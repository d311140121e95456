import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  MinLength,
  Validate,
  ValidatorConstraint,
  ValidatorConstraintInterface,
  ValidationArguments,
} from 'class-validator';

const toInt = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value));
const BOOLEANS: Record<string, boolean> = { true: true, '1': true, yes: true, false: false, '0': false, no: false };
/** true/1/yes or false/0/no; anything else is left as it is for @IsBoolean to name. */
const toBool = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : (BOOLEANS[String(value).toLowerCase()] ?? value);

/** `keyId:base64(32 bytes)` pairs, comma separated. */
const KEYRING_PATTERN = /^[A-Za-z0-9_-]{1,32}:[A-Za-z0-9+/]{43}=(,[A-Za-z0-9_-]{1,32}:[A-Za-z0-9+/]{43}=)*$/;
const KEY_PATTERN = /^[A-Za-z0-9+/]{43}=$/;

@ValidatorConstraint({ name: 'activeKeyInKeyring' })
class ActiveKeyInKeyring implements ValidatorConstraintInterface {
  validate(value: string, args: ValidationArguments): boolean {
    const keys = String((args.object as Partial<AppConfig>).IDENTITY_KEYS ?? '');
    return keys.split(',').some((pair) => pair.split(':')[0] === value);
  }
  defaultMessage(): string {
    return 'IDENTITY_ACTIVE_KEY must name one of the key ids in IDENTITY_KEYS';
  }
}

@ValidatorConstraint({ name: 'otherThanBlindIndexKey' })
class OtherThanBlindIndexKey implements ValidatorConstraintInterface {
  validate(value: string, args: ValidationArguments): boolean {
    return value !== (args.object as AppConfig).BLIND_INDEX_KEY;
  }
  defaultMessage(): string {
    return 'BLIND_INDEX_PREVIOUS_KEY must differ from BLIND_INDEX_KEY';
  }
}

@ValidatorConstraint({ name: 'noDemoInProduction' })
class NoDemoInProduction implements ValidatorConstraintInterface {
  validate(value: boolean, args: ValidationArguments): boolean {
    return !(value && (args.object as AppConfig).NODE_ENV === 'production');
  }
  defaultMessage(): string {
    return 'DEMO_MODE must not be true when NODE_ENV is production';
  }
}

/** What the database tools (migrations, seeding) need. */
export class DatabaseConfig {
  @Matches(/^postgres(ql)?:\/\/\S+$/, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL!: string;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(200)
  DATABASE_POOL_SIZE = 10;

  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';
}

/** The whole configuration of the API and the worker, validated at start-up (see docs/configuration.md). */
export class AppConfig extends DatabaseConfig {
  @Matches(/^rediss?:\/\/\S+$/, { message: 'REDIS_URL must be a redis:// URL' })
  REDIS_URL!: string;

  @IsString()
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET!: string;

  @Matches(KEYRING_PATTERN, { message: 'IDENTITY_KEYS must be keyId:base64(32 bytes) pairs separated by commas' })
  IDENTITY_KEYS!: string;

  @IsString()
  @Validate(ActiveKeyInKeyring)
  IDENTITY_ACTIVE_KEY!: string;

  @Matches(KEY_PATTERN, { message: 'BLIND_INDEX_KEY must be 32 bytes in base64' })
  BLIND_INDEX_KEY!: string;

  /** Set only while `npm run keys:rotate` moves the blind indexes to a new BLIND_INDEX_KEY. */
  @IsOptional()
  @Matches(KEY_PATTERN, { message: 'BLIND_INDEX_PREVIOUS_KEY must be 32 bytes in base64' })
  @Validate(OtherThanBlindIndexKey)
  BLIND_INDEX_PREVIOUS_KEY?: string;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(65535)
  PORT = 3000;

  @IsString()
  QUEUE_PREFIX = 'ibd';

  @IsString()
  JWT_ISSUER = 'ibd-api';

  @IsString()
  JWT_AUDIENCE = 'ibd-client';

  @Transform(toInt)
  @IsInt()
  @Min(60)
  @Max(3600)
  ACCESS_TOKEN_TTL_SECONDS = 900;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(24 * 30)
  REFRESH_TOKEN_TTL_HOURS = 24;

  /**
   * A session without use for this long ends: the client signs out after it without activity in any
   * of its tabs, and the API refuses a refresh of a session not refreshed for as long (a closed tab).
   */
  @Transform(toInt)
  @IsInt()
  @Min(5)
  @Max(12 * 60)
  IDLE_TIMEOUT_MINUTES = 30;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100)
  LOGIN_MAX_FAILURES = 5;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(24 * 60)
  LOGIN_LOCK_MINUTES = 15;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100000)
  AUTH_RATE_LIMIT_PER_MINUTE = 30;

  @Matches(/^https?:\/\/[^,\s]+(,https?:\/\/[^,\s]+)*$/, {
    message: 'CORS_ORIGIN must be one or more http(s) origins separated by commas',
  })
  CORS_ORIGIN = 'http://localhost:4200';

  @Matches(/^\d+(kb|mb)$/, { message: 'BODY_LIMIT must look like 100kb or 1mb' })
  BODY_LIMIT = '1mb';

  /** Which proxies' X-Forwarded-For to believe (Express "trust proxy"): the client's address feeds the login rate limit. */
  @Matches(/^(loopback|linklocal|uniquelocal|\d+|[\d.:/, a-f]+)(,\s*(loopback|linklocal|uniquelocal))*$/, {
    message: 'TRUST_PROXY must be loopback, linklocal, uniquelocal, a hop count or addresses',
  })
  TRUST_PROXY = 'loopback';

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  @Transform(toBool)
  @IsBoolean()
  @Validate(NoDemoInProduction)
  DEMO_MODE = false;

  /**
   * Whether users must sign in with a second factor (TOTP), for the roles the data requires it of
   * (`mfa_policies`). Unset: true in production, false otherwise (so the demo signs in with a password).
   */
  @Transform(toBool)
  @IsOptional()
  @IsBoolean()
  MFA_REQUIRED?: boolean;

  @IsOptional()
  @IsString()
  WEB_DIST_DIR?: string;

  /**
   * Smallest count an anonymised export shows: counts 1..k-1 are suppressed; CTDC uses 11
   * (docs/data-protection.md, "Anonymised exports").
   */
  @Transform(toInt)
  @IsInt()
  @Min(2)
  @Max(100)
  DISCLOSURE_THRESHOLD = 11;

  /** Published counts are rounded down to a multiple of this; 1 means no rounding. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100)
  DISCLOSURE_ROUNDING = 1;

  /**
   * The record-level anonymised file may suppress at most this share of the persons (percent,
   * rounded down) rather than generalise everyone further; 0 means generalisation only.
   */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(50)
  RECORD_EXPORT_SUPPRESSION_PERCENT = 5;

  /** MFA_REQUIRED with its default applied. */
  get mfaRequired(): boolean {
    return this.MFA_REQUIRED ?? this.NODE_ENV === 'production';
  }
}
