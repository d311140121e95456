import type { Sex } from '@ibd/shared/contracts';
import type { IdentityDto } from './dto/victim.dto';

/** The decrypted identity: what the request's `identity` held. */
export type VictimIdentity = IdentityDto;

export interface VictimView {
  id: string;
  code: string;
  sex: Sex;
  birthYear: number | null;
  citizenship: string | null;
  languages: string[];
  createdAt: Date;
  updatedAt: Date;
  /** Present only for staff of a facility holding the person. */
  identity?: VictimIdentity;
}
