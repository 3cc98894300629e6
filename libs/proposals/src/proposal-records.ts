import { type Actor, hasRole } from '@kyodo/platform';
import type { ProposalContext } from '@kyodo/workflow';
import { isOwner, isPartnerDepartment } from './proposal-access';
import type { ProposalEntity } from './proposals/proposal.entity';

/** Who recorded a record, by name as the directory knows them (null when the account is gone). */
export interface RecordedBy {
  userId: string;
  displayName: string | null;
}

/** 事前相談: what the proposer noted of a consultation held with the city before submitting. */
export interface PreConsultationRecord {
  at: string;
  recordedBy: RecordedBy;
  note: string;
}

/** 協議結果報告書: the partner department's report on the consultation (FILE_CONSULTATION_REPORT). */
export interface ConsultationReportRecord {
  at: string;
  recordedBy: RecordedBy;
  opinion: string;
  feasibility: string;
  budgetIntent: string;
  conditions: string[];
}

export interface ProposalRecords {
  preConsultations: PreConsultationRecord[];
  consultationReport: ConsultationReportRecord | null;
}

type RecordsContext = Pick<ProposalContext, 'preConsultations' | 'consultationReport'>;

/**
 * What of the lifecycle's records the actor may read (docs/workflow.md, "Records"):
 * - the pre-consultation notes: the proposing organisation, the secretariat (and the administrator) and the partner
 *   department, the parties to the consultation; not reviewers or the committee, who judge the proposal as
 *   submitted, not the advice given to its draft;
 * - the consultation report: everyone who may read the proposal (reviewers and the committee included), since the
 *   department's view of feasibility and its budget intent are material to the review and to a 内定.
 * Never public: the public reads only disclosure packages, which do not carry them.
 */
export function recordsFor(
  actor: Actor,
  row: Pick<ProposalEntity, 'organizationId' | 'partnerDepartmentIds' | 'snapshot'>,
  names: ReadonlyMap<string, string>,
): ProposalRecords {
  const context = (row.snapshot as { context?: Partial<RecordsContext> } | null)?.context ?? {};
  const party = isOwner(actor, row) || isPartnerDepartment(actor, row) || hasRole(actor, 'secretariat', 'admin');
  const by = (userId: string): RecordedBy => ({ userId, displayName: names.get(userId) ?? null });
  const report = context.consultationReport ?? null;
  return {
    preConsultations: party
      ? (context.preConsultations ?? []).map((p) => ({ at: p.at, recordedBy: by(p.by), note: p.note }))
      : [],
    consultationReport: report
      ? {
          at: report.at,
          recordedBy: by(report.by),
          opinion: report.opinion,
          feasibility: report.feasibility,
          budgetIntent: report.budgetIntent,
          conditions: report.conditions ?? [],
        }
      : null,
  };
}

/** The users named by a proposal's records, to look their names up at once. */
export function recordAuthors(row: Pick<ProposalEntity, 'snapshot'>): string[] {
  const context = (row.snapshot as { context?: Partial<RecordsContext> } | null)?.context ?? {};
  const ids = (context.preConsultations ?? []).map((p) => p.by);
  if (context.consultationReport) ids.push(context.consultationReport.by);
  return [...new Set(ids)];
}
