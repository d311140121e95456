export const FACILITY_KINDS = ['temporary_shelter', 'reintegration_shelter', 'support_centre'] as const;
export type FacilityKind = (typeof FACILITY_KINDS)[number];

export const UNIT_KINDS = [...FACILITY_KINDS, 'agency', 'administration'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

/** Facility kinds that hold residents on beds. */
export const RESIDENTIAL_KINDS: readonly FacilityKind[] = ['temporary_shelter', 'reintegration_shelter'];

export interface UnitView {
  id: string;
  code: string;
  name: string;
  city: string | null;
  kind: UnitKind;
}

export interface FacilityView extends UnitView {
  kind: FacilityKind;
  capacity: number;
  occupied: number;
}

export interface BedView {
  id: string;
  code: string;
  label: string;
  active: boolean;
  occupiedBy: { caseCode: string; since: string } | null;
}

// Request bodies of a facility's beds: the API's DTOs implement them and the client sends them.

export interface CreateBed {
  code: string;
  label: string;
}

export interface UpdateBed {
  label?: string;
  active?: boolean;
}
