import { ConflictException, NotFoundException } from '@nestjs/common';
import { registerConstraintMessages } from '@ibd/api/core';

registerConstraintMessages({
  victims_pn_index_key: 'A victim with this personal number already exists',
  victims_code_key: 'The victim code is already taken; try again',
});

export const victimNotFound = () => new NotFoundException('Victim not found');

/** Names the existing victim by code only, never by name. */
export const duplicatePersonalNumber = (existingCode: string) =>
  new ConflictException({
    statusCode: 409,
    error: 'Conflict',
    code: 'DUPLICATE_PERSONAL_NUMBER',
    message: `A victim with this personal number already exists: ${existingCode}`,
    existingCode,
  });

export const possibleDuplicate = (existingCodes: string[]) =>
  new ConflictException({
    statusCode: 409,
    error: 'Conflict',
    code: 'POSSIBLE_DUPLICATE',
    message: `A victim with the same name and date of birth exists (${existingCodes.join(', ')}); send acknowledgeDuplicate: true to register anyway`,
    existingCodes,
  });
