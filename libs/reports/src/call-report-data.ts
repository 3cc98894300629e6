import type { DataSource } from 'typeorm';
import {
  evaluationSettings,
  type ProposalResult,
  ResultsService,
  type RubricDefinition,
  type Stage,
} from '@kyodo/review';
import type { Clock } from '@kyodo/platform';

export interface ReportProposal {
  id: string;
  receiptNumber: string;
  title: string;
  organization: string;
  origin: 'group' | 'department';
  state: string;
  decision: string | null;
  comment: string | null;
  conditions: string[];
}

export interface ReportStage {
  stage: Stage;
  rubricVersion: number;
  rubric: RubricDefinition;
  results: Map<string, ProposalResult>;
}

export interface CallReport {
  callId: string;
  municipality: { ja: string; en: string };
  title: { ja: string; en: string };
  fiscalYear: number;
  stages: ReportStage[];
  combined: Map<string, { combined: number | null; rank: number | null; adopted: boolean }> | null;
  /** Submitted proposals, ranked (unranked last), then by receipt number. */
  proposals: ReportProposal[];
}

/**
 * Everything a call's reports show, read once: the call, the results of each
 * stage (the same arithmetic as the results API) and its proposals in the
 * order the reports list them. The individual sheets are not held here; the
 * workbook streams them (see `sheetRows`).
 */
export async function loadCallReport(
  dataSource: DataSource,
  clock: Clock,
  municipalityId: string,
  callId: string,
): Promise<CallReport | null> {
  const [call] = await dataSource.query(
    `SELECT c.title_ja, c.title_en, c.fiscal_year, c.evaluation_settings, m.name_ja, m.name_en
       FROM calls c JOIN municipalities m ON m.id = c.municipality_id WHERE c.id = $1 AND c.municipality_id = $2`,
    [callId, municipalityId],
  );
  if (!call) return null;
  const results = await new ResultsService(dataSource, clock).callResults(
    callId,
    evaluationSettings(call.evaluation_settings),
  );
  const stages: ReportStage[] = [];
  for (const stage of ['document', 'presentation'] as const) {
    const computed = results.stages[stage];
    if (!computed) continue;
    stages.push({
      stage,
      rubricVersion: computed.rubricVersion,
      rubric: computed.rubric,
      results: new Map(computed.results.map((r) => [r.proposalId, r])),
    });
  }
  const combined = results.combined ? new Map(results.combined.map((c) => [c.proposalId, c])) : null;
  const rows: Array<{
    id: string;
    receipt_number: string;
    title: string;
    organization: string;
    origin: 'group' | 'department';
    state: string;
    decision: { outcome: string; reason: string } | null;
    conditions: Array<{ text: string }> | null;
  }> = await dataSource.query(
    `SELECT p.id, p.receipt_number, p.title, o.name_ja AS organization, p.origin, p.state,
            p.snapshot #> '{context,decision}' AS decision, p.snapshot #> '{context,conditions}' AS conditions
       FROM proposals p JOIN organizations o ON o.id = p.organization_id
      WHERE p.call_id = $1 AND p.receipt_number IS NOT NULL ORDER BY p.receipt_number`,
    [callId],
  );
  const last = stages[stages.length - 1];
  const rankOf = (id: string) => combined?.get(id)?.rank ?? last?.results.get(id)?.rank ?? Number.MAX_SAFE_INTEGER;
  const proposals = rows
    .map((r) => ({
      id: r.id,
      receiptNumber: r.receipt_number,
      title: r.title,
      organization: r.organization,
      origin: r.origin,
      state: r.state,
      decision: r.decision?.outcome ?? null,
      comment: r.decision?.reason ?? null,
      conditions: (r.conditions ?? []).map((c) => c.text),
    }))
    .sort((a, b) => rankOf(a.id) - rankOf(b.id) || a.receiptNumber.localeCompare(b.receiptNumber));
  return {
    callId,
    municipality: { ja: call.name_ja, en: call.name_en },
    title: { ja: call.title_ja, en: call.title_en },
    fiscalYear: call.fiscal_year,
    stages,
    combined,
    proposals,
  };
}

export interface SheetRow {
  receiptNumber: string;
  title: string;
  reviewer: string;
  status: string;
  scores: Record<string, number> | null;
  comments: Record<string, string> | null;
}

/** A stage's sheets in pages of `pageSize`, by receipt number then reviewer, so a workbook can stream them. */
export async function* sheetRows(
  dataSource: DataSource,
  callId: string,
  stage: Stage,
  pageSize = 5000,
): AsyncGenerator<SheetRow[]> {
  let after: [string, string] = ['', ''];
  for (;;) {
    const rows: Array<{
      receipt_number: string;
      title: string;
      reviewer: string;
      reviewer_key: string;
      status: string;
      scores: Record<string, number> | null;
      comments: Record<string, string> | null;
    }> = await dataSource.query(
      `SELECT p.receipt_number, p.title, u.display_name AS reviewer, a.reviewer_id::text AS reviewer_key, a.status, s.scores, s.comments
         FROM review_assignments a JOIN proposals p ON p.id = a.proposal_id JOIN users u ON u.id = a.reviewer_id
         LEFT JOIN score_sheets s ON s.assignment_id = a.id
        WHERE a.call_id = $1 AND a.stage = $2 AND (p.receipt_number, a.reviewer_id::text) > ($3, $4)
        ORDER BY p.receipt_number, a.reviewer_id::text LIMIT $5`,
      [callId, stage, after[0], after[1], pageSize],
    );
    if (rows.length === 0) return;
    yield rows.map((r) => ({
      receiptNumber: r.receipt_number,
      title: r.title,
      reviewer: r.reviewer,
      status: r.status,
      scores: r.status === 'submitted' || r.status === 'locked' ? r.scores : null,
      comments: r.status === 'submitted' || r.status === 'locked' ? r.comments : null,
    }));
    const tail = rows[rows.length - 1]!;
    after = [tail.receipt_number, tail.reviewer_key];
    if (rows.length < pageSize) return;
  }
}
