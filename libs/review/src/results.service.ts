import type { DataSource } from 'typeorm';
import { type Actor, hasRole } from '@kyodo/platform';
import { canSee, ProposalError, ProposalErrorCode } from '@kyodo/proposals';
import {
  aggregateStage,
  combineStages,
  evaluateProject,
  leniency,
  type ProposalSheets,
  ROUNDING_RULE,
} from './aggregation';
import { type EvaluationSettings, evaluationSettings } from './evaluation-settings';
import { ReviewError, ReviewErrorCode } from './review-errors';
import { mayNameReviewers, namedAs, reviewerLabels } from './reviewer-labels';
import type { Stage } from './rubric-definition';
import { latestRubric } from './rubrics.service';
import { ScoreSheetsService } from './score-sheets.service';
import type { Clock } from '@kyodo/platform';

/**
 * Results of a call or a proposal from the submitted sheets: the arithmetic
 * of ./aggregation applied with the call's settings, beside the committee's
 * consensus where one was recorded.
 */
export class ResultsService {
  private readonly sheets: ScoreSheetsService;

  constructor(
    private readonly dataSource: DataSource,
    clock: Clock,
  ) {
    this.sheets = new ScoreSheetsService(dataSource, clock);
  }

  /** The whole call at one stage (secretariat and committee only): ranks, flags, leniency, stage combination. */
  async forCall(actor: Actor, callId: string) {
    // The evaluators and the office that runs the scheme; the system administrator has no part in evaluation.
    if (!hasRole(actor, 'secretariat', 'committee_chair', 'committee_member'))
      throw new ReviewError(ReviewErrorCode.NotAllowed);
    const [call] = await this.dataSource.query('SELECT municipality_id, evaluation_settings FROM calls WHERE id = $1', [
      callId,
    ]);
    if (!call || call.municipality_id !== actor.municipalityId) throw new ProposalError(ProposalErrorCode.CallNotFound);
    const results = await this.callResults(callId, evaluationSettings(call.evaluation_settings));
    const labels = await reviewerLabels(this.dataSource, callId);
    const named = mayNameReviewers(actor);
    const stages = Object.fromEntries(
      Object.entries(results.stages).map(([stage, computed]) => [
        stage,
        { ...computed, leniency: computed.leniency.map((l) => ({ ...l, ...namedAs(labels, named, l.reviewerId) })) },
      ]),
    );
    return { ...results, stages };
  }

  /**
   * The call's results with no access check, for trusted callers (the
   * report builder, which checked who asked when the report was requested).
   */
  async callResults(callId: string, settings: EvaluationSettings) {
    const stages: Partial<Record<Stage, NonNullable<Awaited<ReturnType<ResultsService['stage']>>>>> = {};
    const totals = new Map<string, { document: number | null; presentation: number | null }>();
    for (const stage of ['document', 'presentation'] as const) {
      const computed = await this.stage(callId, stage, settings);
      if (!computed) continue;
      stages[stage] = computed;
      for (const r of computed.results) {
        const entry = totals.get(r.proposalId) ?? { document: null, presentation: null };
        entry[stage] = r.total;
        totals.set(r.proposalId, entry);
      }
    }
    const combined = settings.stageCombination
      ? combineStages(
          [...totals.entries()].map(([proposalId, t]) => ({ proposalId, ...t })),
          settings.stageCombination,
          settings.thresholdPercent,
        )
      : null;
    return { settings, rounding: ROUNDING_RULE, stages, combined };
  }

  /** One proposal: its sheets (blind rule applies), its aggregate, and the consensus beside it. */
  async forProposal(actor: Actor, proposalId: string) {
    const sheets = await this.sheets.submittedSheets(actor, proposalId);
    const [proposal] = await this.dataSource.query(
      'SELECT p.call_id, c.evaluation_settings FROM proposals p JOIN calls c ON c.id = p.call_id WHERE p.id = $1',
      [proposalId],
    );
    const stages = await this.proposalStages(
      proposal.call_id,
      proposalId,
      evaluationSettings(proposal.evaluation_settings),
      false,
    );
    const consensus = await this.dataSource.query(
      `SELECT session_id, scores, reasons FROM consensus_scores WHERE proposal_id = $1 ORDER BY recorded_at`,
      [proposalId],
    );
    const withDifference = consensus.map(
      (c: { session_id: string; scores: Record<string, number>; reasons: Record<string, string> }) => {
        const individual = (stages.presentation ?? stages.document) as
          { criteria: Array<{ key: string; mean: number }> } | undefined;
        return {
          sessionId: c.session_id,
          criteria: Object.entries(c.scores).map(([key, score]) => {
            const mean = individual?.criteria.find((k) => k.key === key)?.mean ?? null;
            return {
              key,
              consensus: score,
              reason: c.reasons[key],
              individualMean: mean,
              difference: mean === null ? null : Math.round((score - mean) * 100) / 100,
            };
          }),
        };
      },
    );
    const labels = await reviewerLabels(this.dataSource, proposal.call_id);
    const named = mayNameReviewers(actor);
    return {
      rounding: ROUNDING_RULE,
      sheets: sheets.map((s) => ({ ...s, ...namedAs(labels, named, s.reviewerId) })),
      stages,
      consensus: withDifference,
    };
  }

  /**
   * For disclosure: a proposal's aggregated results per stage, without any
   * reviewer's identity or individual sheet, and the consensus with reasons.
   */
  async publicResults(proposalId: string) {
    const [proposal] = await this.dataSource.query(
      'SELECT p.call_id, c.evaluation_settings FROM proposals p JOIN calls c ON c.id = p.call_id WHERE p.id = $1',
      [proposalId],
    );
    const settings = evaluationSettings(proposal.evaluation_settings);
    const stages = await this.proposalStages(proposal.call_id, proposalId, settings, true);
    const consensus = await this.dataSource.query(
      'SELECT scores, reasons FROM consensus_scores WHERE proposal_id = $1 ORDER BY recorded_at DESC LIMIT 1',
      [proposalId],
    );
    return { stages, consensus: consensus[0] ?? null, rounding: ROUNDING_RULE, settings };
  }

  /** 事業評価: self-evaluations side by side, committee assessment, combined verdict, KPIs planned vs actual. */
  async projectEvaluation(actor: Actor, proposalId: string) {
    const [row] = await this.dataSource.query(
      `SELECT p.municipality_id, p.organization_id, p.partner_department_ids, p.state, p.snapshot, p.content, p.call_id,
              c.evaluation_settings FROM proposals p JOIN calls c ON c.id = p.call_id WHERE p.id = $1`,
      [proposalId],
    );
    const visible =
      row &&
      row.state !== 'draft' &&
      canSee(actor, {
        municipalityId: row.municipality_id,
        organizationId: row.organization_id,
        state: row.state,
        partnerDepartmentIds: row.partner_department_ids ?? [],
      });
    if (!visible) throw new ProposalError(ProposalErrorCode.ProposalNotFound);
    const context = row.snapshot.context as {
      selfEvaluations: Record<
        'group' | 'department',
        { scores: Record<string, number>; kpiActuals?: Record<string, number> } | null
      >;
      assessment: { verdict: string; comment: string } | null;
    };
    const rubric = await latestRubric(this.dataSource, row.call_id, 'project_end');
    if (!rubric) throw new ReviewError(ReviewErrorCode.RubricMissing, { stage: 'project_end' });
    const settings = evaluationSettings(row.evaluation_settings);
    const committee = await this.stage(row.call_id, 'project_end', settings);
    const kpis = ((row.content.kpis ?? []) as Array<{ name: string; unit: string; target: number }>).map((kpi) => ({
      ...kpi,
      actual: context.selfEvaluations.group?.kpiActuals?.[kpi.name] ?? null,
    }));
    const evaluation = evaluateProject({
      items: rubric.definition.criteria.map((c) => c.key),
      group: context.selfEvaluations.group?.scores ?? {},
      department: context.selfEvaluations.department?.scores ?? {},
      committeeTotal: committee?.results.find((r) => r.proposalId === proposalId)?.total ?? 0,
      itemMin: Math.min(...rubric.definition.criteria.map((c) => c.scale.min)),
      itemMax: Math.max(...rubric.definition.criteria.map((c) => c.scale.max)),
      weights: settings.projectWeights,
      kpis,
    });
    return { ...evaluation, committeeVerdict: context.assessment?.verdict ?? null, rounding: ROUNDING_RULE };
  }

  /** One proposal's result at each stage that has one; for the public, ties are a flag, not other proposals' ids. */
  private async proposalStages(callId: string, proposalId: string, settings: EvaluationSettings, forPublic: boolean) {
    const stages: Record<string, unknown> = {};
    for (const stage of ['document', 'presentation', 'project_end'] as const) {
      const computed = await this.stage(callId, stage, settings);
      const mine = computed?.results.find((r) => r.proposalId === proposalId);
      if (!computed || !mine) continue;
      if (forPublic) {
        const { proposalId: _p, tiedWith, ...result } = mine;
        // The criterion's names and scale go with its numbers, so a reader sees what was scored and out of what.
        const criteria = result.criteria.map((c) => {
          const definition = computed.rubric.criteria.find((d) => d.key === c.key);
          return definition
            ? { ...c, label: { ja: definition.labelJa, en: definition.labelEn }, scale: definition.scale }
            : c;
        });
        stages[stage] = { rubricVersion: computed.rubricVersion, ...result, criteria, tied: tiedWith.length > 0 };
      } else {
        stages[stage] = { rubricVersion: computed.rubricVersion, ...mine };
      }
    }
    return stages;
  }

  private async stage(callId: string, stage: Stage, settings: EvaluationSettings) {
    const rubric = await latestRubric(this.dataSource, callId, stage);
    if (!rubric) return null;
    const rows: Array<{
      proposal_id: string;
      reviewer_id: string;
      status: string;
      scores: Record<string, number> | null;
    }> = await this.dataSource.query(
      `SELECT a.proposal_id, a.reviewer_id, a.status, s.scores
           FROM review_assignments a LEFT JOIN score_sheets s ON s.assignment_id = a.id
          WHERE a.call_id = $1 AND a.stage = $2 ORDER BY a.proposal_id, a.reviewer_id`,
      [callId, stage],
    );
    const byProposal = new Map<string, ProposalSheets>();
    for (const row of rows) {
      const entry = byProposal.get(row.proposal_id) ?? { proposalId: row.proposal_id, sheets: [], recused: [] };
      if (row.status === 'conflicted') entry.recused.push(row.reviewer_id);
      else if ((row.status === 'submitted' || row.status === 'locked') && row.scores) {
        entry.sheets.push({ reviewerId: row.reviewer_id, scores: row.scores });
      }
      byProposal.set(row.proposal_id, entry);
    }
    const proposals = [...byProposal.values()].filter((p) => p.sheets.length > 0);
    return {
      rubricVersion: rubric.version,
      rubric: rubric.definition,
      results: aggregateStage(rubric.definition, proposals, settings),
      leniency: leniency(rubric.definition, proposals),
    };
  }
}
