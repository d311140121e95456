import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, Matches, Min, ValidateIf } from 'class-validator';

/**
 * An exported head (`GET /audit/head`) to verify the chain against: a chain rebuilt from the
 * start (truncated and replayed with recomputed hashes) is consistent in itself, but no longer
 * leads to the head exported before.
 */
export class VerifyAuditQuery {
  @ApiPropertyOptional({ description: 'the id of an exported head; given together with headHash' })
  @ValidateIf((query: VerifyAuditQuery) => query.headId !== undefined || query.headHash !== undefined)
  @Type(() => Number)
  @IsInt({ message: 'headId must be the id of an exported head' })
  @Min(1, { message: 'headId must be the id of an exported head' })
  headId?: number;

  @ApiPropertyOptional({ description: 'the hash of that exported head' })
  @ValidateIf((query: VerifyAuditQuery) => query.headId !== undefined || query.headHash !== undefined)
  @Matches(/^[0-9a-f]{64}$/, { message: 'headHash must be the 64 hexadecimal digits of an exported head hash' })
  headHash?: string;
}
