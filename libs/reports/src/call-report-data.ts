import type { DataSource } from 'typeorm';
import {
  evaluationSettings,
  type ProposalResult,
  resultsServiceFor,
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
  // The proposals are read while the results are computed: one waits on the database, the other on the CPU.
  const [results, rows] = await Promise.all([
    resultsServiceFor(dataSource, clock).callResults(callId, evaluationSettings(call.evaluation_settings)),
    dataSource.query(
      `SELECT p.id, p.receipt_number, p.title, o.name_ja AS organization, p.origin, p.state,
            p.snapshot #> '{context,decision}' AS decision, p.snapshot #> '{context,conditions}' AS conditions
       FROM proposals p JOIN organizations o ON o.id = p.organization_id
      WHERE p.call_id = $1 AND p.receipt_number IS NOT NULL ORDER BY p.receipt_number`,
      [callId],
    ) as Promise<
      Array<{
        id: string;
        receipt_number: string;
        title: string;
        organization: string;
        origin: 'group' | 'department';
        state: string;
        decision: { outcome: string; reason: string } | null;
        conditions: Array<{ text: string }> | null;
      }>
    >,
  ]);
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
    .sort((a, b) => rankOf(a.id) - rankOf(b.id) || (a.receiptNumber < b.receiptNumber ? -1 : 1));
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

/**
 * A stage's sheets, by receipt number then reviewer, in pages of
 * `proposalsPerPage` proposals so a workbook can stream them. The keyset is
 * the receipt number, which the (call_id, receipt_number) index serves: each
 * page is an index range, not a sort of the whole call.
 */
export async function* sheetRows(
  dataSource: DataSource,
  callId: string,
  stage: Stage,
  proposalsPerPage = 1000,
): AsyncGenerator<SheetRow[]> {
  // The next page is asked for before this one is handed out, so the database
  // reads it while the caller turns this one into XML.
  let next = sheetPage(dataSource, callId, stage, '', proposalsPerPage);
  for (;;) {
    const page = await next;
    if (page.proposals === 0) return;
    const more = page.proposals === proposalsPerPage;
    if (more) {
      next = sheetPage(dataSource, callId, stage, page.lastReceipt, proposalsPerPage);
      // Not unhandled if the caller stops early; awaited above, it still throws.
      next.catch(() => undefined);
    }
    yield page.rows;
    if (!more) return;
  }
}

async function sheetPage(
  dataSource: DataSource,
  callId: string,
  stage: Stage,
  after: string,
  proposalsPerPage: number,
): Promise<{ rows: SheetRow[]; proposals: number; lastReceipt: string }> {
  const rows: Array<{
    receipt_number: string;
    title: string;
    reviewer: string;
    status: string | null;
    scores: Record<string, number> | null;
    comments: Record<string, string> | null;
    last_receipt: string;
    page_size: number;
  }> = await dataSource.query(
    `WITH page AS (
       SELECT id, receipt_number, title FROM proposals
        WHERE call_id = $1 AND receipt_number > $3 ORDER BY receipt_number LIMIT $4)
     SELECT p.receipt_number, p.title, u.display_name AS reviewer, a.status, s.scores, s.comments,
            (SELECT max(receipt_number) FROM page) AS last_receipt, (SELECT count(*) FROM page)::int AS page_size
       FROM page p LEFT JOIN review_assignments a ON a.proposal_id = p.id AND a.stage = $2
       LEFT JOIN users u ON u.id = a.reviewer_id LEFT JOIN score_sheets s ON s.assignment_id = a.id
      ORDER BY p.receipt_number, a.reviewer_id`,
    [callId, stage, after, proposalsPerPage],
  );
  const scored = (status: string | null) => status === 'submitted' || status === 'locked';
  return {
    // A page of proposals none of which reached this stage still moves the keyset on.
    rows: rows
      .filter((r) => r.status !== null)
      .map((r) => ({
        receiptNumber: r.receipt_number,
        title: r.title,
        reviewer: r.reviewer,
        status: r.status!,
        scores: scored(r.status) ? r.scores : null,
        comments: scored(r.status) ? r.comments : null,
      })),
    proposals: rows[0]?.page_size ?? 0,
    lastReceipt: rows[0]?.last_receipt ?? after,
  };
}
