import type { Schema } from '../../api/models';

/** The committee's answers, named from the API's document (openapi.gen.ts): a changed answer fails the type check. */
export type SessionListItem = Schema<'SessionSummary'>;

export type AgendaItem = Schema<'AgendaItem'>;

export type Consensus = Schema<'ConsensusRecord'>;

export type Session = Schema<'Session'>;

export type MeetingClock = Schema<'MeetingClock'>;

/** One `change` event of GET /api/v1/sessions/{id}/live (the stream's data, documented as its schema). */
export type LiveSnapshot = Schema<'SessionLiveChange'>;

export type CallListItem = Schema<'Call'>;
