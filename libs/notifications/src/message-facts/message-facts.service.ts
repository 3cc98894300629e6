import { Injectable } from '@nestjs/common';
import { ProposalRepository, type ProposalSummary } from '@kyodo/proposals';
import { SessionRepository } from '@kyodo/review';

/** What a message quotes of an evaluation session. */
export interface SessionFacts {
  startsAt: Date;
  place: string;
}

/** What a message quotes of a proposal: only the parts of its snapshot a message quotes, not the machine state. */
export type ProposalFacts = ProposalSummary;

/**
 * What messages say, reloaded (payloads carry ids only) from the libraries that own it: proposals and their calls
 * from libs/proposals, evaluation sessions from libs/review. Each is one batched read per batch of notices.
 */
@Injectable()
export class MessageFactsService {
  constructor(
    private readonly proposalRows: ProposalRepository,
    private readonly sessionRows: SessionRepository,
  ) {}

  async sessions(ids: string[]): Promise<Map<string, SessionFacts>> {
    const schedules = await this.sessionRows.schedulesOf(ids);
    return new Map([...schedules].map(([id, s]) => [id, { startsAt: s.startsAt, place: s.place }]));
  }

  proposals(ids: string[]): Promise<Map<string, ProposalFacts>> {
    return this.proposalRows.summariesOf(ids);
  }

  /** The session's agenda length and minutes per slot, for its calendar entry; null when it is gone. */
  async sessionSlots(sessionId: string): Promise<{ items: number | null; slotMinutes: number | null } | null> {
    const schedule = (await this.sessionRows.schedulesOf([sessionId])).get(sessionId);
    return schedule ? { items: schedule.items, slotMinutes: schedule.slotMinutes } : null;
  }
}
