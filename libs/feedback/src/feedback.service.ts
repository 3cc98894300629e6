import { Injectable } from '@nestjs/common';
import { type Actor, hasRole } from '@kyodo/platform';
import { type ParticipationRole, ProposalParticipationRepository } from '@kyodo/proposals';
import { FeedbackError, FeedbackErrorCode } from './feedback-errors';
import {
  FEEDBACK_STAGES,
  type FeedbackStage,
  QUESTIONNAIRES,
  type StageQuestionnaire,
  stageFiscalYear,
  stageReached,
} from './feedback-questions';
import { type FeedbackSummary, summarize } from './feedback-summary';
import { FeedbackRepository } from './feedback.repository';

/** A questionnaire the caller is asked to answer: a stage of a proposal their organisation took part in. */
export interface FeedbackInvitation {
  proposalId: string;
  proposalTitle: string;
  stage: FeedbackStage;
  fiscalYear: number;
  questionnaire: StageQuestionnaire;
}

export interface FeedbackAnswerInput {
  proposalId: string;
  stage: FeedbackStage;
  ratings: Array<{ question: string; value: number }>;
  comment?: string;
}

/** A partner group joins a department's project once it is adopted: it is asked about the agreement and the end. */
const STAGES_OF: Record<ParticipationRole, readonly FeedbackStage[]> = {
  owner: FEEDBACK_STAGES,
  partnerDepartment: FEEDBACK_STAGES,
  partnerGroup: ['agreement', 'end_of_term'],
};

/**
 * 制度の振り返りアンケート: invitations after each stage, anonymous answers, and the secretariat's yearly summary.
 * The answer is stored apart from the receipt that stops a second answer; see docs/scheme-feedback.md.
 */
@Injectable()
export class FeedbackService {
  constructor(
    private readonly participations: ProposalParticipationRepository,
    private readonly feedback: FeedbackRepository,
  ) {}

  /** The stages the caller's proposals have reached that the caller has not answered yet. */
  async invitations(actor: Actor): Promise<FeedbackInvitation[]> {
    const [participations, receipts] = await Promise.all([
      this.participations.of(actor),
      this.feedback.receiptsOf(actor.userId),
    ]);
    const answered = new Set(receipts.map((r) => `${r.proposalId}/${r.stage}`));
    return participations.flatMap((p) =>
      STAGES_OF[p.role]
        .filter((stage) => stageReached(stage, p.state) && !answered.has(`${p.proposalId}/${stage}`))
        .map((stage) => ({
          proposalId: p.proposalId,
          proposalTitle: p.title,
          stage,
          fiscalYear: stageFiscalYear(stage, p),
          questionnaire: QUESTIONNAIRES[stage],
        })),
    );
  }

  /** Stores an answer with no link to the caller, and the caller's receipt apart from it. */
  async answer(actor: Actor, input: FeedbackAnswerInput): Promise<{ fiscalYear: number; stage: FeedbackStage }> {
    const participation = (await this.participations.of(actor)).find((p) => p.proposalId === input.proposalId);
    if (
      !actor.municipalityId ||
      !participation ||
      !STAGES_OF[participation.role].includes(input.stage) ||
      !stageReached(input.stage, participation.state)
    )
      throw new FeedbackError(FeedbackErrorCode.NotInvited);
    const questions = QUESTIONNAIRES[input.stage].questions.map((q) => q.key);
    const given = input.ratings.map((r) => r.question);
    if (
      given.length !== questions.length ||
      new Set(given).size !== given.length ||
      !given.every((g) => questions.includes(g))
    )
      throw new FeedbackError(FeedbackErrorCode.QuestionsMismatch, { questions });
    const fiscalYear = stageFiscalYear(input.stage, participation);
    const comment = input.comment?.trim() || null;
    const recorded = await this.feedback.record(
      { userId: actor.userId, proposalId: input.proposalId, stage: input.stage },
      {
        municipalityId: actor.municipalityId,
        fiscalYear,
        stage: input.stage,
        ratings: Object.fromEntries(input.ratings.map((r) => [r.question, r.value])),
        comment,
      },
    );
    if (!recorded) throw new FeedbackError(FeedbackErrorCode.AlreadyAnswered);
    return { fiscalYear, stage: input.stage };
  }

  /** The municipality's summary of a fiscal year, for its secretariat and administrators. */
  async summary(actor: Actor, fiscalYear: number): Promise<FeedbackSummary> {
    if (!actor.municipalityId || !hasRole(actor, 'secretariat', 'admin'))
      throw new FeedbackError(FeedbackErrorCode.NotStaff);
    const [answers, years] = await Promise.all([
      this.feedback.answersOf(actor.municipalityId, fiscalYear),
      this.feedback.yearsOf(actor.municipalityId),
    ]);
    return summarize(fiscalYear, years, answers);
  }
}
