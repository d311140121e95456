import { BadRequestException, ConflictException, ForbiddenException, NotFoundException } from '@nestjs/common';
import type { ReferralAction, ReferralStatus } from '@ibd/shared/contracts';
import { registerConstraintMessages } from '@ibd/api/core';

registerConstraintMessages({
  referrals_code_key: 'The referral code is already taken; try again',
  referrals_open_case_key: 'This case already has an unanswered referral to that unit',
  referrals_units_check: 'toUnitId must be another unit than the sender',
  referrals_person_check: 'A referral names a case (caseId) or a person new to the system (victim)',
  referrals_consent_check: "consent.given must be true: the person's informed consent is required",
  referrals_accepted_case_check: 'An accepted referral needs a case',
});

export const referralNotFound = () => new NotFoundException('Referral not found');

export const notTheReceiver = () => new ForbiddenException('Only a user of the receiving unit may do this');
export const notTheSender = () => new ForbiddenException('Only a user of the sending unit may withdraw the referral');

const PARTICIPLES: Record<ReferralAction, string> = {
  accept: 'accepted',
  decline: 'declined',
  withdraw: 'withdrawn',
  complete: 'completed',
};

export const illegalReferralTransition = (from: ReferralStatus, action: ReferralAction) =>
  new ConflictException(`A referral that is ${from} cannot be ${PARTICIPLES[action]}`);

export const badReferral = (...messages: string[]) => new BadRequestException(messages);
