import type { EntityManager } from 'typeorm';
import { CaseEventData, CaseEventEntity } from './case-event.entity';

export interface CaseEvent {
  caseId: string;
  kind: string;
  actorId: string | null;
  at?: Date;
  refId?: string | null;
  data?: CaseEventData;
}

/** Appends timeline events in the caller's transaction (the seam later features use too). */
export async function appendCaseEvents(manager: EntityManager, ...events: CaseEvent[]): Promise<void> {
  if (events.length === 0) return;
  await manager
    .getRepository(CaseEventEntity)
    .insert(events.map((event) => ({ refId: null, data: {}, ...event, at: event.at ?? new Date() })));
}
