import { BadRequestException, ConflictException, NotFoundException } from '@nestjs/common';
import { registerConstraintMessages } from '@ibd/api/core';

registerConstraintMessages({
  bed_assignments_bed_overlap_excl: 'The bed is taken for that period',
  bed_assignments_placement_overlap_excl: 'The stay already holds a bed for that period',
  bed_assignments_bed_fkey: 'bedId must be a bed of the facility',
  bed_assignments_placement_fkey: 'The bed must be in the facility of the stay',
  placements_case_overlap_excl: 'The case already has a stay in that period',
  placement_extensions_later_check: 'until must be later than the current end of the stay',
  placements_discharge_after_check: 'dischargedAt must be after the admission',
});

export const placementNotFound = () => new NotFoundException('Placement not found');
export const facilityNotFound = () => new NotFoundException('Facility not found');

export const facilityFull = () => new ConflictException('The facility is full: no free bed for that time');
export const bedTaken = () => new ConflictException('The bed is taken for that period');
export const stayEnded = () => new ConflictException('The stay has ended: the resident was discharged');

export const badPlacement = (...messages: string[]) => new BadRequestException(messages);
