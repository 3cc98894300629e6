import { MAX_EXPANDED_BYTES, MAX_EXPANSION_RATIO, MAX_ZIP_ENTRIES } from './attachment-limits';
import { ProposalError, ProposalErrorCode } from './proposal-errors';

/**
 * The refusals an attachment's content earns, each a 422 with a stable `code` and a `reason` naming
 * the rule it broke (the title says it to a person in ja/en; the reason says which for programs).
 */

/** total | ratio | entries | beyond_declared_size: a ZIP bomb, by what it really inflates to. */
export const expandsTooFar = (reason: string, details: Record<string, unknown> = {}) =>
  new ProposalError(ProposalErrorCode.AttachmentExpandsTooFar, {
    reason,
    maxExpandedBytes: MAX_EXPANDED_BYTES,
    maxRatio: MAX_EXPANSION_RATIO,
    maxEntries: MAX_ZIP_ENTRIES,
    ...details,
  });

/** The file is what it starts as in name only: its structure does not hold together. */
export const malformed = (reason: string, details: Record<string, unknown> = {}) =>
  new ProposalError(ProposalErrorCode.AttachmentMalformed, { reason, ...details });

/** vba_project | macro_content_type | activex | excel4_macros, with the part that showed it. */
export const hasMacros = (reason: string, part: string) =>
  new ProposalError(ProposalErrorCode.AttachmentHasMacros, { reason, part });

/** markup | javascript | launch | embedded_file | rich_media: what in a PDF would run or render. */
export const activeContent = (reason: string) =>
  new ProposalError(ProposalErrorCode.AttachmentActiveContent, { reason });
