import type { ProposalEntity } from './proposals/proposal.entity';

/** What the API returns for a proposal. */
export interface ProposalView {
  id: string;
  callId: string;
  organizationId: string;
  origin: 'group' | 'department';
  themeId: string | null;
  partnerDepartmentIds: string[];
  title: string;
  content: Record<string, unknown>;
  state: string;
  version: number;
  receiptNumber: string | null;
  allowedEvents: string[];
  /** The secretariat's requests for correction (RETURN), oldest first, so the proposer sees what to fix. */
  returns: Array<{ at: string; reason: string }>;
  createdAt: string;
  updatedAt: string;
}

export function toProposalView(row: ProposalEntity, allowedEvents: string[]): ProposalView {
  return {
    id: row.id,
    callId: row.callId,
    organizationId: row.organizationId,
    origin: row.origin,
    themeId: row.themeId,
    partnerDepartmentIds: row.partnerDepartmentIds,
    title: row.title,
    content: row.content,
    state: row.state,
    version: row.version,
    receiptNumber: row.receiptNumber,
    allowedEvents,
    returns: returnsOf(row.snapshot),
    createdAt: new Date(row.createdAt).toISOString(),
    updatedAt: new Date(row.updatedAt).toISOString(),
  };
}

function returnsOf(snapshot: unknown): Array<{ at: string; reason: string }> {
  const returns = (snapshot as { context?: { returns?: Array<{ at: string; reason: string }> } } | null)?.context
    ?.returns;
  return Array.isArray(returns) ? returns.map(({ at, reason }) => ({ at, reason })) : [];
}
