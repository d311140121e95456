import { HttpClient, httpResource } from '@angular/common/http';
import { computed, inject, Injectable, signal } from '@angular/core';
import type { Observable } from 'rxjs';

import type {
  BedBoardEntry,
  CreatePlacement,
  DischargePlacement,
  ExtendPlacement,
  MovePlacement,
  Page,
  PlacementView,
} from '@ibd/shared/contracts';

const PLACEMENTS_API = '/api/v1/placements';

export interface CaseOption {
  id: string;
  code: string;
  status: string;
}

/** A facility's beds with who holds them, its current stays, and the changes staff make to them. */
@Injectable()
export class BedBoardStore {
  private readonly http = inject(HttpClient);

  readonly facilityId = signal<string | null>(null);

  private readonly board = httpResource<BedBoardEntry[]>(() => {
    const id = this.facilityId();
    return id ? `/api/v1/facilities/${id}/beds` : undefined;
  });
  private readonly stays = httpResource<Page<PlacementView>>(() => {
    const facilityId = this.facilityId();
    return facilityId ? { url: PLACEMENTS_API, params: { facilityId, active: true, pageSize: 100 } } : undefined;
  });
  /** Cases that may be admitted: the facility's open and active ones. */
  private readonly cases = httpResource<Page<CaseOption>>(() =>
    this.facilityId() ? { url: '/api/v1/cases', params: { pageSize: 100 } } : undefined,
  );

  readonly beds = computed(() => (this.board.hasValue() ? this.board.value() : null));
  readonly loading = this.board.isLoading;
  readonly error = this.board.error;
  readonly activeStays = computed(() => (this.stays.hasValue() ? this.stays.value().items : []));
  readonly freeBeds = computed(() => (this.beds() ?? []).filter((bed) => bed.active && !bed.occupied));
  readonly admittable = computed<CaseOption[]>(() => {
    const placed = new Set(this.activeStays().map((stay) => stay.caseId));
    const cases = this.cases.hasValue() ? this.cases.value().items : [];
    return cases.filter((item) => item.status !== 'closed' && !placed.has(item.id));
  });

  /** The case behind a stay, for links from the board. */
  caseIdOf(placementId: string): string | null {
    return this.activeStays().find((stay) => stay.id === placementId)?.caseId ?? null;
  }

  load(facilityId: string): void {
    this.facilityId.set(facilityId);
  }

  refresh(): void {
    this.board.reload();
    this.stays.reload();
    this.cases.reload();
  }

  admit(admission: CreatePlacement): Observable<{ id: string; stayLimitDate: string }> {
    return this.http.post<{ id: string; stayLimitDate: string }>(PLACEMENTS_API, admission);
  }

  extend(placementId: string, extension: ExtendPlacement): Observable<unknown> {
    return this.http.post(`${PLACEMENTS_API}/${placementId}/extend`, extension);
  }

  move(placementId: string, move: MovePlacement): Observable<unknown> {
    return this.http.post(`${PLACEMENTS_API}/${placementId}/move`, move);
  }

  discharge(placementId: string, discharge: DischargePlacement): Observable<unknown> {
    return this.http.post(`${PLACEMENTS_API}/${placementId}/discharge`, discharge);
  }
}
