import { Injectable } from '@nestjs/common';
import { bilingualName } from '@kyodo/platform';
import { MunicipalityRepository, OrganizationRepository, UserRepository } from '@kyodo/identity';
import { CallRepository, ProposalRepository } from '@kyodo/proposals';
import {
  formatScore,
  fullMarksOf,
  evaluationSettings,
  type ProposalResult,
  ResultsService,
  type RubricDefinition,
  type Stage,
  StageSheetsRepository,
} from '@kyodo/review';

export interface ReportProposal {
  id: string;
  receiptNumber: string;
  title: string;
  organization: string;
  origin: 'group' | 'department';
  proposalType: 'theme' | 'free';
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
  /** The rubric's full marks as the call displays scores (e.g. '60'). */
  fullMarks: string;
}

export interface CallReport {
  callId: string;
  municipality: { ja: string; en: string };
  title: { ja: string; en: string };
  fiscalYear: number;
  stages: ReportStage[];
  combined: Map<string, { combined: number | null; rank: number | null; adopted: boolean }> | null;
  /** Whether the call shows the 100-point conversion beside each total on the rubric's full marks. */
  showOnHundred: boolean;
  /** Submitted proposals, ranked (unranked last), then by receipt number. */
  proposals: ReportProposal[];
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
 * Everything a call's reports show, read once: the call, the results of each
 * stage (the same arithmetic as the results API) and its proposals in the
 * order the reports list them. The individual sheets are not held here; the
 * workbook streams them (see `sheetRows`).
 */
@Injectable()
export class CallReportData {
  constructor(
    private readonly calls: CallRepository,
    private readonly proposals: ProposalRepository,
    private readonly municipalities: MunicipalityRepository,
    private readonly organizations: OrganizationRepository,
    private readonly users: UserRepository,
    private readonly stageSheets: StageSheetsRepository,
    private readonly results: ResultsService,
  ) {}

  async load(municipalityId: string, callId: string): Promise<CallReport | null> {
    const call = await this.calls.findById(callId);
    const [found] = call?.municipalityId === municipalityId ? await this.municipalities.listById(municipalityId) : [];
    if (!call || !found) return null;
    const municipality = { ja: found.nameJa, en: found.nameEn };
    // The proposals are read while the results are computed: one waits on the database, the other on the CPU.
    const [results, rows] = await Promise.all([
      this.results.callResults(callId, evaluationSettings(call.evaluationSettings)),
      this.proposals.submittedOfCall(callId),
    ]);
    const organizations = await this.organizations.japaneseNamesOf([...new Set(rows.map((r) => r.organizationId))]);
    const stages: ReportStage[] = [];
    for (const stage of ['document', 'presentation'] as const) {
      const computed = results.stages[stage];
      if (!computed) continue;
      stages.push({
        stage,
        rubricVersion: computed.rubricVersion,
        rubric: computed.rubric,
        results: new Map(computed.results.map((r) => [r.proposalId, r])),
        fullMarks: formatScore(fullMarksOf(computed.rubric), results.settings.scoreDecimals),
      });
    }
    const combined = results.combined ? new Map(results.combined.map((c) => [c.proposalId, c])) : null;
    const last = stages[stages.length - 1];
    const rankOf = (id: string) => combined?.get(id)?.rank ?? last?.results.get(id)?.rank ?? Number.MAX_SAFE_INTEGER;
    const proposals = rows
      // Every proposal names an existing organisation (foreign key); the join this replaces dropped none.
      .filter((r) => organizations.has(r.organizationId))
      .map((r) => ({
        id: r.id,
        receiptNumber: r.receiptNumber,
        title: r.title,
        organization: organizations.get(r.organizationId)!,
        origin: r.origin,
        proposalType: r.proposalType,
        state: r.state,
        decision: r.decision?.outcome ?? null,
        comment: r.decision?.reason ?? null,
        conditions: (r.conditions ?? []).map((c) => c.text),
      }))
      .sort((a, b) => rankOf(a.id) - rankOf(b.id) || (a.receiptNumber < b.receiptNumber ? -1 : 1));
    return {
      callId,
      municipality,
      title: bilingualName(call.titleJa, call.titleEn),
      fiscalYear: call.fiscalYear,
      stages,
      combined,
      showOnHundred: results.settings.showOnHundred,
      proposals,
    };
  }

  /**
   * A stage's sheets, by receipt number then reviewer, in pages of
   * `proposalsPerPage` proposals so a workbook can stream them. The keyset is
   * the receipt number: each page is an index range, not a sort of the whole call.
   */
  async *sheetRows(callId: string, stage: Stage, proposalsPerPage = 1000): AsyncGenerator<SheetRow[]> {
    // The next page is asked for before this one is handed out, so the database
    // reads it while the caller turns this one into XML.
    let next = this.sheetPage(callId, stage, '', proposalsPerPage);
    for (;;) {
      const page = await next;
      if (page.proposals === 0) return;
      const more = page.proposals === proposalsPerPage;
      if (more) {
        next = this.sheetPage(callId, stage, page.lastReceipt, proposalsPerPage);
        // Not unhandled if the caller stops early; awaited above, it still throws.
        next.catch(() => undefined);
      }
      yield page.rows;
      if (!more) return;
    }
  }

  /** The scores of a proposal's submitted sheets at a stage, one per reviewer, for its evaluation sheet. */
  submittedScores(proposalId: string, stage: Stage): Promise<Array<{ scores: Record<string, number> }>> {
    return this.stageSheets.submittedScoresOf(proposalId, stage);
  }

  private async sheetPage(
    callId: string,
    stage: Stage,
    after: string,
    proposalsPerPage: number,
  ): Promise<{ rows: SheetRow[]; proposals: number; lastReceipt: string }> {
    const page = await this.proposals.receiptPage(callId, after, proposalsPerPage);
    if (page.length === 0) return { rows: [], proposals: 0, lastReceipt: after };
    const sheets = await this.stageSheets.ofProposalsStage(
      page.map((p) => p.id),
      stage,
    );
    // The names come from libs/identity in one read per page: one more query than the join this replaces.
    const names = await this.users.displayNamesOf([...new Set(sheets.map((sheet) => sheet.reviewerId))]);
    const scored = (status: string) => status === 'submitted' || status === 'locked';
    // Each proposal's sheets looked up, not filtered out of the page's (that was pages × sheets comparisons: a fifth
    // of a 10,000-proposal workbook's time). A page of proposals none of which reached this stage still moves the
    // keyset on.
    const sheetsOf = new Map<string, typeof sheets>();
    for (const sheet of sheets) {
      const own = sheetsOf.get(sheet.proposalId);
      if (own) own.push(sheet);
      else sheetsOf.set(sheet.proposalId, [sheet]);
    }
    const rows = page.flatMap((proposal) =>
      (sheetsOf.get(proposal.id) ?? []).map((sheet) => ({
        receiptNumber: proposal.receiptNumber,
        title: proposal.title,
        reviewer: names.get(sheet.reviewerId)!,
        status: sheet.status,
        scores: scored(sheet.status) ? sheet.scores : null,
        comments: scored(sheet.status) ? sheet.comments : null,
      })),
    );
    return { rows, proposals: page.length, lastReceipt: page[page.length - 1]!.receiptNumber };
  }
}
