import { Injectable } from '@nestjs/common';
import type { Actor } from '@kyodo/platform';
import { ContinuationService, type ContinuationView } from '@kyodo/proposals';
import { ScoreSheetsService } from '@kyodo/review';
import { PublicationRepository } from './publications/publication.repository';

/** What was published of the predecessor: its decision and 講評, its end-of-term evaluation. */
export interface PredecessorRecord {
  decision: { outcome: string; comment: string } | null;
  assessment: { verdict: string; comment: string } | null;
}

export interface ContinuationWithRecord extends ContinuationView {
  /** True while the blind rule hides the record from this reader (a reviewer before their own sheet is in). */
  recordHidden: boolean;
  /** Null for a first-year project, and while hidden. */
  record: PredecessorRecord | null;
}

/** The published parts of a package this use case reads. */
interface RecordPackage {
  decision?: { outcome: string; comment: string } | null;
  assessment?: { verdict: string; comment: string } | null;
}

/**
 * 継続事業の前年度実績: a continuing proposal with its predecessor's published decision and evaluation. Only what was
 * disclosed is shown, and a reviewer sees it only after submitting their own sheet, so last year's verdict does not
 * lead their scoring (the same blind rule as the others' scores).
 */
@Injectable()
export class ContinuationRecord {
  constructor(
    private readonly continuation: ContinuationService,
    private readonly sheets: ScoreSheetsService,
    private readonly publications: PublicationRepository,
  ) {}

  async execute(actor: Actor, proposalId: string): Promise<ContinuationWithRecord> {
    const view = await this.continuation.ofProposal(actor, proposalId);
    if (!view.predecessor) return { ...view, recordHidden: false, record: null };
    if (!(await this.sheets.blindLifted(actor, proposalId))) return { ...view, recordHidden: true, record: null };
    const versions = await this.publications.versionsOf(view.predecessor.id);
    const latest = (kind: string) =>
      ([...versions].reverse().find((v) => v.kind === kind)?.package as RecordPackage | undefined) ?? null;
    const decision = latest('decision')?.decision ?? null;
    const assessment = latest('assessment')?.assessment ?? null;
    return {
      ...view,
      recordHidden: false,
      record: {
        decision: decision && { outcome: decision.outcome, comment: decision.comment },
        assessment: assessment && { verdict: assessment.verdict, comment: assessment.comment },
      },
    };
  }
}
