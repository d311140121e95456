import type { VictimView as VictimViewOf } from '@ibd/shared/contracts';
import type { IdentityDto } from './dto/victim.dto';

/** A victim as the API holds it (points in time as Dates), with the identity where allowed. */
export type VictimView = VictimViewOf<Date, VictimIdentity>;

/** The decrypted identity: what the request's `identity` held. */
export type VictimIdentity = IdentityDto;
