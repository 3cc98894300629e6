import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { appendAudit } from '@kyodo/audit';
import {
  type Actor,
  Clock,
  hasRole,
  ValidationFailedError,
  VersionConflictError,
  type FieldViolation,
} from '@kyodo/platform';
import { ActivityFieldRepository, OrganizationRepository } from '@kyodo/identity';
import { enqueueInOutbox, OutboxRepository } from '@kyodo/queues';
import type { PartnershipForm } from '@kyodo/platform';
import type { CallEntity } from './calls/call.entity';
import { type CallView, toCallView, yearAndMoneyViolations } from './calls/call-view';
import { CallRepository } from './calls/call.repository';
import type { ThemeEntity } from './calls/theme.entity';
import { ProposalError, ProposalErrorCode } from './proposal-errors';

export interface CallInput {
  /** 実施年度. */
  fiscalYear: number;
  /** 募集年度; absent, the same as 実施年度. */
  recruitmentFiscalYear?: number;
  partnershipForm?: PartnershipForm | null;
  subsidyRatioNumerator?: number | null;
  subsidyRatioDenominator?: number | null;
  yearlyCaps?: number[];
  titleJa: string;
  /** Optional: stored empty, shown as the Japanese title. */
  titleEn?: string;
  descriptionJa?: string;
  descriptionEn?: string;
  eligibilityJa?: string;
  eligibilityEn?: string;
  exclusionsJa?: string;
  exclusionsEn?: string;
  maxRequestedAmount?: number | null;
  activityFields?: string[];
  submissionOpensAt: string;
  submissionClosesAt: string;
  screeningAt?: string | null;
  reviewDeadlineAt?: string | null;
  jointEvaluationAt?: string | null;
  publicationAt?: string | null;
  consultationRequired?: boolean;
  provisionalAdoption?: boolean;
  preConsultation?: boolean;
  evaluationSettings?: object;
  /** Batch announcement: hold decision notices until released for the whole call. */
  holdDecisionNotices?: boolean;
  /** 継続提案: whether a proposal may continue a project adopted in an earlier call. */
  continuationAllowed?: boolean;
  /** The most consecutive years a project may run, its first year counting as 1. */
  continuationMaxYears?: number;
}
export type NewCall = CallInput;
export type CallChanges = Partial<CallInput>;

export interface NewTheme {
  departmentId: string;
  titleJa: string;
  /** Optional: stored empty, shown as the Japanese title. */
  titleEn?: string;
  descriptionJa?: string;
  descriptionEn?: string;
}

const DAY = 86_400_000;
const DATE_FIELDS = [
  'submissionOpensAt',
  'submissionClosesAt',
  'screeningAt',
  'reviewDeadlineAt',
  'jointEvaluationAt',
  'publicationAt',
] as const;

/**
 * 募集回: created and edited by the secretariat, readable by every member of
 * the municipality. The submission deadline is a timer (a delayed job
 * written to the outbox); moving the date schedules a new timer and the old
 * one, finding the date changed, does nothing.
 */
@Injectable()
export class CallsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly calls: CallRepository,
    private readonly organizations: OrganizationRepository,
    private readonly activityFields: ActivityFieldRepository,
    private readonly outbox: OutboxRepository,
    private readonly clock: Clock,
  ) {}

  async create(actor: Actor, input: NewCall): Promise<CallView> {
    const municipalityId = this.secretariatScope(actor);
    await this.checkActivityFields(municipalityId, input.activityFields);
    const now = this.clock.now();
    const row: CallEntity = {
      id: randomUUID(),
      municipalityId,
      fiscalYear: input.fiscalYear,
      recruitmentFiscalYear: input.recruitmentFiscalYear ?? input.fiscalYear,
      partnershipForm: input.partnershipForm ?? null,
      subsidyRatioNumerator: input.subsidyRatioNumerator ?? null,
      subsidyRatioDenominator: input.subsidyRatioDenominator ?? null,
      yearlyCaps: input.yearlyCaps ?? [],
      titleJa: input.titleJa,
      titleEn: input.titleEn ?? '',
      descriptionJa: input.descriptionJa ?? '',
      descriptionEn: input.descriptionEn ?? '',
      eligibilityJa: input.eligibilityJa ?? '',
      eligibilityEn: input.eligibilityEn ?? '',
      exclusionsJa: input.exclusionsJa ?? '',
      exclusionsEn: input.exclusionsEn ?? '',
      maxRequestedAmount: input.maxRequestedAmount ?? null,
      activityFields: input.activityFields ?? [],
      submissionOpensAt: new Date(input.submissionOpensAt),
      submissionClosesAt: new Date(input.submissionClosesAt),
      screeningAt: toDate(input.screeningAt),
      reviewDeadlineAt: toDate(input.reviewDeadlineAt),
      jointEvaluationAt: toDate(input.jointEvaluationAt),
      publicationAt: toDate(input.publicationAt),
      consultationRequired: input.consultationRequired ?? false,
      provisionalAdoption: input.provisionalAdoption ?? false,
      preConsultation: input.preConsultation ?? false,
      phase: 'accepting',
      version: 1,
      evaluationSettings: JSON.parse(JSON.stringify(input.evaluationSettings ?? {})),
      holdDecisionNotices: input.holdDecisionNotices ?? false,
      continuationAllowed: input.continuationAllowed ?? false,
      continuationMaxYears: input.continuationMaxYears ?? 3,
      createdAt: now,
      updatedAt: now,
    };
    checkDates(row);
    // The insert writes back the raw values of defaulted columns (bigint[] as strings) into the object it is given:
    // answer with the row as built.
    const answer = toCallView({ ...row });
    await this.dataSource.transaction(async (manager) => {
      await this.calls.insert(manager, row);
      await this.scheduleDeadline(manager, row);
      await this.scheduleReviewReminder(manager, row);
      await this.audit(manager, actor, row, 'call.created', null, row);
    });
    return answer;
  }

  async update(actor: Actor, id: string, expectedVersion: number, changes: CallChanges): Promise<CallView> {
    this.secretariatScope(actor);
    const { dateWarnings: _warnings, ...current } = await this.get(actor, id);
    await this.checkActivityFields(current.municipalityId, changes.activityFields);
    const next: CallEntity = { ...current, updatedAt: this.clock.now(), version: expectedVersion + 1 };
    for (const [key, value] of Object.entries(changes)) {
      if (value === undefined) continue;
      (next as unknown as Record<string, unknown>)[key] = (DATE_FIELDS as readonly string[]).includes(key)
        ? toDate(value as string | null)
        : key === 'evaluationSettings'
          ? JSON.parse(JSON.stringify(value))
          : value;
    }
    checkDates(next);
    await this.dataSource.transaction(async (manager) => {
      const { id: _id, municipalityId: _m, createdAt: _c, ...columns } = next;
      if (!(await this.calls.updateIfVersion(manager, id, expectedVersion, columns)))
        throw new VersionConflictError(current.version);
      if (next.submissionClosesAt.getTime() !== current.submissionClosesAt.getTime()) {
        await this.scheduleDeadline(manager, next);
      }
      if (next.reviewDeadlineAt?.getTime() !== current.reviewDeadlineAt?.getTime()) {
        await this.scheduleReviewReminder(manager, next);
      }
      await this.audit(manager, actor, next, 'call.updated', pick(current, changes), pick(next, changes));
    });
    return toCallView(next);
  }

  /**
   * 一斉通知: release the call's held decision notices now, or schedule the
   * release (a timer job) for a moment shared by every proposal of the call.
   */
  async announce(
    actor: Actor,
    callId: string,
    releaseAt: string | null,
  ): Promise<{ held: number; releaseAt: string | null }> {
    this.secretariatScope(actor);
    const call = await this.get(actor, callId);
    const held = await this.outbox.heldForCall(callId);
    // The moment as one spelling (any ISO 8601 form of the same instant is one release); a past one is now.
    const at = releaseAt && new Date(releaseAt) > this.clock.now() ? new Date(releaseAt).toISOString() : null;
    await this.dataSource.transaction(async (manager) => {
      if (at) {
        await enqueueInOutbox(manager, {
          name: 'timer.release-announcement',
          municipalityId: call.municipalityId,
          payload: { municipalityId: call.municipalityId, callId, releaseAt: at },
          deliverAt: new Date(at),
          effectKey: `announcement:${callId}:${at}`,
        });
      } else {
        await this.outbox.releaseHeldForCall(manager, callId);
      }
      await this.audit(manager, actor, call, 'call.announcement', null, { held, releaseAt: at ?? 'now' });
    });
    return { held, releaseAt: at };
  }

  async list(actor: Actor): Promise<CallView[]> {
    if (!actor.municipalityId) return [];
    return (await this.calls.listForMunicipality(actor.municipalityId)).map(toCallView);
  }

  /** Another municipality's call is simply not found. */
  async get(actor: Actor, id: string): Promise<CallView> {
    const call = await this.calls.findById(id);
    if (!call || call.municipalityId !== actor.municipalityId) throw new ProposalError(ProposalErrorCode.CallNotFound);
    return toCallView(call);
  }

  /** A department posts a theme (市提案テーマ); the secretariat may post for any department. */
  async addTheme(actor: Actor, callId: string, input: NewTheme): Promise<ThemeEntity> {
    const call = await this.get(actor, callId);
    const department = await this.organizations.findById(input.departmentId);
    if (!department || department.municipalityId !== call.municipalityId || department.kind !== 'department') {
      throw new ValidationFailedError([
        { field: 'departmentId', messages: ['departmentId must be a department of this municipality'] },
      ]);
    }
    const memberOfDepartment = actor.memberships.some((m) => m.organizationId === department.id);
    if (!hasRole(actor, 'secretariat') && !memberOfDepartment) throw new ProposalError(ProposalErrorCode.NotAllowed);
    const row: ThemeEntity = {
      id: randomUUID(),
      municipalityId: call.municipalityId,
      callId,
      departmentId: department.id,
      titleJa: input.titleJa,
      titleEn: input.titleEn ?? '',
      descriptionJa: input.descriptionJa ?? '',
      descriptionEn: input.descriptionEn ?? '',
      createdBy: actor.userId,
      createdAt: this.clock.now(),
    };
    await this.dataSource.transaction(async (manager) => {
      await this.calls.insertTheme(manager, row);
      await this.audit(manager, actor, call, 'call.theme_added', null, row);
    });
    return row;
  }

  async listThemes(actor: Actor, callId: string): Promise<ThemeEntity[]> {
    await this.get(actor, callId);
    return this.calls.themesOf(callId);
  }

  private secretariatScope(actor: Actor): string {
    if (!hasRole(actor, 'secretariat') || !actor.municipalityId) throw new ProposalError(ProposalErrorCode.NotAllowed);
    return actor.municipalityId;
  }

  private async checkActivityFields(municipalityId: string, keys: string[] | undefined): Promise<void> {
    if (!keys || keys.length === 0) return;
    const known = (await this.activityFields.listFor(municipalityId)).map((field) => field.key);
    const unknown = keys.filter((key) => !known.includes(key));
    if (unknown.length > 0) {
      throw new ValidationFailedError([
        { field: 'activityFields', messages: [`unknown activity fields: ${unknown.join(', ')}`] },
      ]);
    }
  }

  /** Review deadline −2 days: reviewers with open sheets. */
  private async scheduleReviewReminder(manager: EntityManager, call: CallEntity): Promise<void> {
    if (!call.reviewDeadlineAt) return;
    const deadline = call.reviewDeadlineAt.toISOString();
    await enqueueInOutbox(manager, {
      name: 'timer.review-reminder',
      municipalityId: call.municipalityId,
      payload: { municipalityId: call.municipalityId, callId: call.id, deadline },
      deliverAt: new Date(call.reviewDeadlineAt.getTime() - 2 * DAY),
      effectKey: `review-reminder:${call.id}:${deadline}`,
    });
  }

  private async scheduleDeadline(manager: EntityManager, call: CallEntity): Promise<void> {
    const deadline = call.submissionClosesAt.toISOString();
    // Submission deadline −3 days: owners of drafts not yet submitted.
    await enqueueInOutbox(manager, {
      name: 'timer.submission-reminder',
      municipalityId: call.municipalityId,
      payload: { municipalityId: call.municipalityId, callId: call.id, deadline },
      deliverAt: new Date(call.submissionClosesAt.getTime() - 3 * DAY),
      effectKey: `submission-reminder:${call.id}:${deadline}`,
    });
    await enqueueInOutbox(manager, {
      name: 'timer.submission-deadline',
      municipalityId: call.municipalityId,
      payload: { municipalityId: call.municipalityId, callId: call.id, deadline },
      deliverAt: call.submissionClosesAt,
      effectKey: `submission-deadline:${call.id}:${deadline}`,
    });
  }

  private audit(
    manager: EntityManager,
    actor: Actor,
    call: CallEntity,
    action: string,
    before: unknown,
    after: unknown,
  ) {
    return appendAudit(manager, {
      municipalityId: call.municipalityId,
      stream: `call:${call.id}`,
      action,
      actorId: actor.userId,
      actorRole: hasRole(actor, 'secretariat') ? 'secretariat' : (actor.roles[0] ?? null),
      requestId: actor.requestId,
      before,
      after,
      at: this.clock.now(),
    });
  }
}

function toDate(value: string | null | undefined): Date | null {
  return value ? new Date(value) : null;
}

function pick(row: CallEntity, changes: CallChanges): Record<string, unknown> {
  return Object.fromEntries(Object.keys(changes).map((key) => [key, (row as unknown as Record<string, unknown>)[key]]));
}

/** The dates must follow the scheme's order; the years and the money must agree with each other. */
function checkDates(call: CallEntity): void {
  const violations: FieldViolation[] = yearAndMoneyViolations(call);
  const order: Array<[keyof CallEntity, Date | null]> = DATE_FIELDS.map((field) => [field, call[field] as Date | null]);
  let previous: [string, Date] | null = null;
  for (const [field, date] of order) {
    if (!date) continue;
    if (previous && date <= previous[1]) {
      violations.push({ field, messages: [`${field} must be after ${previous[0]}`] });
    }
    previous = [field, date];
  }
  if (violations.length > 0) throw new ValidationFailedError(violations);
}
