import { Inject, Injectable } from '@nestjs/common';
import { ProposalFactsRepository } from '@kyodo/proposals';
import { type LiveState, SessionRepository } from './session.repository';

/**
 * Everything the live view of a session watches: the session's fields, then, at once, its agenda proposals' state
 * (libs/proposals) and their sheets and consensus (here). Three reads in two round trips, as before the split.
 */
@Injectable()
export class SessionLiveState {
  constructor(
    @Inject(SessionRepository) private readonly sessions: SessionRepository,
    @Inject(ProposalFactsRepository) private readonly proposals: ProposalFactsRepository,
  ) {}

  /** Null when there is no such session. */
  async of(sessionId: string): Promise<LiveState | null> {
    const session = await this.sessions.liveFields(sessionId);
    if (!session) return null;
    const ids = session.agenda.map((a) => a.proposalId);
    const [proposals, progress] = await Promise.all([
      this.proposals.statesAndVersionsOf(ids),
      this.sessions.sheetProgress(sessionId, session.stage, ids),
    ]);
    return {
      present: session.present,
      minutes: session.minutes,
      clock: session.clock,
      proposals: proposals.map((p) => {
        const sheets = progress.get(p.id);
        return {
          proposalId: p.id,
          state: p.state,
          version: p.version,
          assigned: sheets?.assigned ?? 0,
          submitted: sheets?.submitted ?? 0,
          sheets: sheets?.sheets ?? null,
          consensusVersion: sheets?.consensusVersion ?? null,
        };
      }),
    };
  }
}
