import type { ProposalRecords } from './proposal-records';
import type { UnmetCondition } from './lifecycle/finalize-unmet';
import type { ProposalEntity } from './proposals/proposal.entity';

/** What the API returns for a proposal. */
export interface ProposalView {
  id: string;
  callId: string;
  organizationId: string;
  /** The proposer's kind. */
  origin: 'group' | 'department';
  /** テーマ設定型 (answers a call's theme) or 自由提案型. */
  proposalType: 'theme' | 'free';
  themeId: string | null;
  /** 継続提案: the earlier adopted proposal this one continues, or null. */
  predecessorId: string | null;
  partnerDepartmentIds: string[];
  /** 協働相手: the citizen groups a department's proposal names as its partners. */
  partnerGroupIds: string[];
  title: string;
  content: Record<string, unknown>;
  state: string;
  version: number;
  receiptNumber: string | null;
  allowedEvents: string[];
  /** To a chair who cannot decide it now at the joint evaluation: why (the room's conditions); else absent. */
  decisionBlockers?: UnmetCondition[];
  /** The secretariat's requests for correction (RETURN), oldest first, so the proposer sees what to fix. */
  returns: Array<{ at: string; reason: string }>;
  /** 事前相談 and 協議結果報告書, as far as the caller may read them; in the answer of one proposal and of each change to it, not in lists. */
  records?: ProposalRecords;
  createdAt: string;
  updatedAt: string;
}

export function toProposalView(row: ProposalEntity, allowedEvents: string[], records?: ProposalRecords): ProposalView {
  return {
    id: row.id,
    callId: row.callId,
    organizationId: row.organizationId,
    origin: row.origin,
    proposalType: row.proposalType,
    themeId: row.themeId,
    predecessorId: row.predecessorId ?? null,
    partnerDepartmentIds: row.partnerDepartmentIds,
    partnerGroupIds: row.partnerGroupIds ?? [],
    title: row.title,
    content: row.content,
    state: row.state,
    version: row.version,
    receiptNumber: row.receiptNumber,
    allowedEvents,
    returns: returnsOf(row.snapshot),
    ...(records ? { records } : {}),
    createdAt: new Date(row.createdAt).toISOString(),
    updatedAt: new Date(row.updatedAt).toISOString(),
  };
}

function returnsOf(snapshot: unknown): Array<{ at: string; reason: string }> {
  const returns = (snapshot as { context?: { returns?: Array<{ at: string; reason: string }> } } | null)?.context
    ?.returns;
  return Array.isArray(returns) ? returns.map(({ at, reason }) => ({ at, reason })) : [];
}
