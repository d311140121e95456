export * from './lib/codes';
export * from './lib/dto/victim.dto';
export * from './lib/victim-identity';
export * from './lib/victim-indexes';
export * from './lib/victim-scope';
export * from './lib/victim.entity';
export * from './lib/victims.module';
export * from './lib/victims.service';
