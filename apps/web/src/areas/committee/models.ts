import type { LocalizedText } from '../../api/models';
import type { Stage } from '../../api/review-models';

export interface SessionListItem {
  id: string;
  callId: string;
  title: LocalizedText;
  stage: Stage;
  startsAt: string;
  place: string;
  quorum: number;
  agendaItems: number;
  decidedItems: number;
  state: 'scheduled' | 'held' | 'concluded';
}

export interface AgendaItem {
  proposalId: string;
  startsAt: string;
  questionsAt: string;
  endsAt: string;
  recused: string[];
  guests: Array<{ kind: string; name: string }>;
}

export interface Consensus {
  proposalId: string;
  scores: Record<string, number>;
  reasons: Record<string, string>;
  recordedAt: string;
  version: number;
}

export interface Session {
  id: string;
  callId: string;
  committeeId: string;
  stage: Stage;
  startsAt: string;
  place: string;
  quorum: number;
  present: string[];
  slotMinutes: { presentation: number; questions: number };
  agenda: AgendaItem[];
  minutes: string | null;
  consensus: Consensus[];
  members: Array<{ userId: string; displayName: string; position: 'chair' | 'member' }>;
  /** The room's slot timer (null until first set) and the server's time when this was read. */
  clock: MeetingClock | null;
  serverTime: string;
}

export interface MeetingClock {
  agendaIndex: number;
  phase: 'presentation' | 'questions';
  running: boolean;
  remainingSeconds: number;
  setAt: string;
  setBy: string;
}

export interface LiveSnapshot {
  version: string;
  present: number;
  minutesLength: number;
  proposals: Array<{
    proposalId: string;
    state: string;
    assigned: number;
    submitted: number;
    consensusVersion: number;
  }>;
}

export interface CallListItem {
  id: string;
  fiscalYear: number;
  titleJa: string;
  titleEn: string;
}

/** Operations other areas read too are cast where used (not augmented here), so areas never clash. */
declare module '../../api/models' {
  interface Responses {
    'GET /api/v1/calls/{id}/sessions': { items: SessionListItem[]; nextCursor: string | null };
    'GET /api/v1/sessions/{id}': Session;
    'PUT /api/v1/sessions/{id}/attendance': Session;
    'PUT /api/v1/sessions/{id}/consensus/{proposalId}': Session;
    'POST /api/v1/sessions/{id}/minutes': Session;
  }
}
