import { Inject, Injectable } from '@nestjs/common';
import { type Actor, bilingualName, hasRole } from '@kyodo/platform';
import {
  CallRepository,
  canSee,
  recusalMayHide,
  ProposalError,
  ProposalErrorCode,
  ProposalFactsRepository,
} from '@kyodo/proposals';
import {
  aggregateStage,
  combineStages,
  evaluateProject,
  leniency,
  type ProposalSheets,
  ROUNDING_NOTE,
  ROUNDING_RULE,
  SCORING_METHOD_TEXT,
  scoringOf,
} from './aggregation';
import { AssignmentRepository } from './assignments/assignment.repository';
import { type EvaluationSettings, evaluationSettings } from './evaluation-settings';
import { pseudonymOrder, pseudonyms, type StageScoreMatrix } from './results/score-matrix';
import { StageSheetsRepository } from './results/stage-sheets.repository';
import { ReviewError, ReviewErrorCode } from './review-errors';
import { mayNameReviewers, namedAs, reviewerLabels } from './reviewer-labels';
import type { Stage } from './rubric-definition';
import { RubricRepository } from './rubrics/rubric.repository';
import { ScoreSheetsService } from './score-sheets.service';
import { ConsensusRepository } from './sessions/consensus.repository';

/**
 * Results of a call or a proposal from the submitted sheets: the arithmetic
 * of ./aggregation applied with the call's settings, beside the committee's
 * consensus where one was recorded.
 */
@Injectable()
export class ResultsService {
  constructor(
    @Inject(ScoreSheetsService) private readonly sheets: ScoreSheetsService,
    @Inject(StageSheetsRepository) private readonly stageSheets: StageSheetsRepository,
    @Inject(RubricRepository) private readonly rubrics: RubricRepository,
    @Inject(ConsensusRepository) private readonly consensus: ConsensusRepository,
    @Inject(AssignmentRepository) private readonly assignments: AssignmentRepository,
    @Inject(CallRepository) private readonly calls: CallRepository,
    @Inject(ProposalFactsRepository) private readonly proposals: ProposalFactsRepository,
  ) {}

  /** The whole call at one stage (secretariat and committee only): ranks, flags, leniency, stage combination. */
  async forCall(actor: Actor, callId: string) {
    // The evaluators and the office that runs the scheme; the system administrator has no part in evaluation.
    if (!hasRole(actor, 'secretariat', 'committee_chair', 'committee_member'))
      throw new ReviewError(ReviewErrorCode.NotAllowed);
    const call = await this.calls.findById(callId);
    if (!call || call.municipalityId !== actor.municipalityId) throw new ProposalError(ProposalErrorCode.CallNotFound);
    const results = await this.callResults(callId, evaluationSettings(call.evaluationSettings));
    const labels = await reviewerLabels(this.assignments, callId);
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
    // The blind rule above has found the proposal.
    const proposal = (await this.proposals.callSettingsOf(proposalId))!;
    const stages = await this.proposalStages(
      proposal.callId,
      proposalId,
      evaluationSettings(proposal.evaluationSettings),
      false,
    );
    const consensus = await this.consensus.ofProposal(proposalId);
    const withDifference = consensus.map((c) => {
      const individual = (stages.presentation ?? stages.document) as
        { criteria: Array<{ key: string; mean: number }> } | undefined;
      return {
        sessionId: c.sessionId,
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
    });
    const labels = await reviewerLabels(this.assignments, proposal.callId);
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
    // Disclosure asks only of proposals it is publishing.
    const proposal = (await this.proposals.callSettingsOf(proposalId))!;
    const settings = evaluationSettings(proposal.evaluationSettings);
    const stages = await this.proposalStages(proposal.callId, proposalId, settings, true);
    const consensus = await this.consensus.latestOfProposal(proposalId);
    return { stages, consensus, rounding: ROUNDING_RULE, roundingNote: ROUNDING_NOTE, settings };
  }

  /**
   * For open data: each selection stage's rule and the proposal's counted sheets under pseudonyms (委員A …), so that
   * anyone can recompute the published total and rank. No reviewer's name or id leaves this method.
   */
  async publicScoreMatrix(proposalId: string): Promise<Partial<Record<'document' | 'presentation', StageScoreMatrix>>> {
    // Disclosure asks only of proposals it is publishing.
    const proposal = (await this.proposals.callSettingsOf(proposalId))!;
    const settings = evaluationSettings(proposal.evaluationSettings);
    const stages: Partial<Record<'document' | 'presentation', StageScoreMatrix>> = {};
    for (const stage of ['document', 'presentation'] as const) {
      const rubric = await this.rubrics.latest(proposal.callId, stage);
      if (!rubric) continue;
      // Counted as the aggregation counts: submitted or locked sheets with scores.
      const counted = (await this.stageSheets.ofCallStage(proposal.callId, stage)).filter(
        (r) => (r.status === 'submitted' || r.status === 'locked') && r.scores,
      );
      const mine = counted.filter((r) => r.proposalId === proposalId);
      if (mine.length === 0) continue;
      const names = pseudonyms(
        proposal.callId,
        stage,
        counted.map((r) => r.reviewerId),
      );
      const keys = rubric.definition.criteria.map((c) => c.key);
      stages[stage] = {
        rubricVersion: rubric.version,
        scoring: scoringOf(rubric.definition),
        criteria: rubric.definition.criteria.map((c) => ({
          key: c.key,
          label: bilingualName(c.labelJa, c.labelEn),
          weight: c.weight,
          scale: { min: c.scale.min, max: c.scale.max },
        })),
        conflictRule: settings.conflictRule,
        tieBreak: settings.tieBreak,
        scoreDecimals: settings.scoreDecimals,
        ranked: new Set(counted.map((r) => r.proposalId)).size,
        sheets: mine
          .map((r) => ({
            scorer: names.get(r.reviewerId)!,
            scores: Object.fromEntries(
              keys.filter((k) => typeof r.scores![k] === 'number').map((k) => [k, r.scores![k]!]),
            ),
          }))
          .sort((a, b) => pseudonymOrder(a.scorer) - pseudonymOrder(b.scorer)),
      };
    }
    return stages;
  }

  /** 事業評価: self-evaluations side by side, committee assessment, combined verdict, KPIs planned vs actual. */
  async projectEvaluation(actor: Actor, proposalId: string) {
    const row = await this.proposals.projectEvaluationSource(proposalId);
    const visible =
      row &&
      row.state !== 'draft' &&
      canSee(actor, {
        municipalityId: row.municipalityId,
        organizationId: row.organizationId,
        state: row.state,
        partnerDepartmentIds: row.partnerDepartmentIds,
      });
    if (!row || !visible) throw new ProposalError(ProposalErrorCode.ProposalNotFound);
    // A reviewer recused from the proposal answers as one without access while the selection runs (proposal-access.ts).
    if (
      recusalMayHide(actor, { organizationId: row.organizationId, state: row.state }) &&
      (await this.assignments.selectionRecusalsOf(actor.userId, proposalId)).length > 0
    ) {
      throw new ProposalError(ProposalErrorCode.ProposalNotFound);
    }
    const context = row.snapshot.context as {
      selfEvaluations: Record<
        'group' | 'department',
        { scores: Record<string, number>; kpiActuals?: Record<string, number> } | null
      >;
      assessment: { verdict: string; comment: string } | null;
    };
    const rubric = await this.rubrics.latest(row.callId, 'project_end');
    if (!rubric) throw new ReviewError(ReviewErrorCode.RubricMissing, { stage: 'project_end' });
    const settings = evaluationSettings(row.evaluationSettings);
    const committee = await this.stage(row.callId, 'project_end', settings);
    const kpis = (row.content.kpis ?? []).map((kpi) => ({
      ...kpi,
      actual: context.selfEvaluations.group?.kpiActuals?.[kpi.name] ?? null,
    }));
    const evaluation = evaluateProject({
      rubric: rubric.definition,
      group: context.selfEvaluations.group?.scores ?? null,
      department: context.selfEvaluations.department?.scores ?? null,
      // No submitted sheet of the committee's: missing, never 0.
      committeeTotal: committee?.results.find((r) => r.proposalId === proposalId)?.total ?? null,
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
            ? { ...c, label: bilingualName(definition.labelJa, definition.labelEn), scale: definition.scale }
            : c;
        });
        stages[stage] = {
          rubricVersion: computed.rubricVersion,
          ...result,
          criteria,
          tied: tiedWith.length > 0,
          scoringText: computed.scoringText,
        };
      } else {
        stages[stage] = { rubricVersion: computed.rubricVersion, ...mine };
      }
    }
    return stages;
  }

  private async stage(callId: string, stage: Stage, settings: EvaluationSettings) {
    const rubric = await this.rubrics.latest(callId, stage);
    if (!rubric) return null;
    const rows = await this.stageSheets.ofCallStage(callId, stage);
    const byProposal = new Map<string, ProposalSheets>();
    for (const row of rows) {
      const entry = byProposal.get(row.proposalId) ?? { proposalId: row.proposalId, sheets: [], recused: [] };
      if (row.status === 'conflicted') entry.recused.push(row.reviewerId);
      else if ((row.status === 'submitted' || row.status === 'locked') && row.scores) {
        entry.sheets.push({ reviewerId: row.reviewerId, scores: row.scores });
      }
      byProposal.set(row.proposalId, entry);
    }
    const proposals = [...byProposal.values()].filter((p) => p.sheets.length > 0);
    // 見積金額 only for the rule that looks at it.
    const requestedAmounts =
      settings.tieBreak === 'lower_amount'
        ? await this.proposals.requestedAmountsOf(proposals.map((p) => p.proposalId))
        : undefined;
    return {
      rubricVersion: rubric.version,
      rubric: rubric.definition,
      results: aggregateStage(rubric.definition, proposals, { ...settings, requestedAmounts }),
      scoringText: SCORING_METHOD_TEXT[scoringOf(rubric.definition)],
      leniency: leniency(rubric.definition, proposals),
    };
  }
}
