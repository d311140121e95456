import { BadRequestException, ConflictException, ForbiddenException, NotFoundException } from '@nestjs/common';
import type { CaseStatus } from '@ibd/shared/contracts';
import { registerConstraintMessages } from '@ibd/api/core';

registerConstraintMessages({
  cases_code_key: 'The case code is already taken; try again',
  cases_exploitation_forms_check: 'exploitationForms must name at least one known form of exploitation',
  cases_formal_identification_check: 'formalIdentifiedAt and formalIdentifiedBy go together',
  cases_closed_check: 'A closed case needs a closure time, a reason and a retention date',
  case_tasks_case_kind_key: 'The case already has this task',
  case_tasks_notified_check: 'notifiedAt must not be in the future',
});

export const caseNotFound = () => new NotFoundException('Case not found');
export const taskNotFound = () => new NotFoundException('Task not found');
export const taskAlreadyDone = () => new ConflictException('The task is already done');
export const notifiedInFuture = () => new BadRequestException(['notifiedAt must not be in the future']);
export const caseClosed = () => new ConflictException('The case is closed: reopen it first');
export const otherFacility = () => new ForbiddenException('You may open cases only at your own facility');

export const illegalTransition = (from: CaseStatus, to: string) =>
  new ConflictException(`A case that is ${from} cannot be ${to}`);

export const badDates = (messages: string[]) => new BadRequestException(messages);
