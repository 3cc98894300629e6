import type { ProposalCommentSubject } from '@kyodo/plain-japanese';
import type { PublicProposalResponse } from './public.response';

/** The texts of a proposal's latest published packages that a やさしい日本語 version can translate (null: not published). */
export function publishedComments(record: PublicProposalResponse): Record<ProposalCommentSubject, string | null> {
  return {
    decision_comment: record.decision?.decision?.comment || null,
    assessment_comment: record.assessment?.assessment?.comment || null,
  };
}
