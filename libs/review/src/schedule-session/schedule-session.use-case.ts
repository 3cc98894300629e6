import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { appendAudit } from '@kyodo/audit';
import { type Actor, Clock, hasRole, ValidationFailedError } from '@kyodo/platform';
import { CommitteeRepository, CommitteeSeatRepository } from '@kyodo/identity';
import { CallRepository, ProposalError, ProposalErrorCode, ProposalFactsRepository } from '@kyodo/proposals';
import { enqueueInOutbox } from '@kyodo/queues';
import { orderAgenda, slotTimes } from '../agenda';
import { AssignmentRepository } from '../assignments/assignment.repository';
import { ReviewError, ReviewErrorCode } from '../review-errors';
import type { Stage } from '../rubric-definition';
import { membersToRecuse } from '../sessions/recusals';
import { SessionRepository } from '../sessions/session.repository';
import { SessionsService } from '../sessions.service';

export interface NewSession {
  committeeId: string;
  stage: Stage;
  startsAt: string;
  place: string;
  quorum: number;
  slotMinutes: { presentation: number; questions: number };
  proposalIds: string[];
  /** Department representatives and presenting proposers invited for an agenda item. */
  guests?: Array<{ kind: 'department' | 'presenter'; proposalId: string; name: string; organizationId?: string }>;
}

/**
 * The secretariat schedules a joint evaluation session (合同評価会議) of a committee: the agenda is ordered so that a
 * member recused from one proposal is not recused from the next where it can be (what cannot be avoided is
 * answered), each item gets its time slot, the committee is invited and reminded the day before.
 */
@Injectable()
export class ScheduleSession {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(SessionsService) private readonly read: SessionsService,
    @Inject(SessionRepository) private readonly sessions: SessionRepository,
    @Inject(CallRepository) private readonly calls: CallRepository,
    @Inject(CommitteeRepository) private readonly committees: CommitteeRepository,
    @Inject(CommitteeSeatRepository) private readonly seats: CommitteeSeatRepository,
    @Inject(ProposalFactsRepository) private readonly proposals: ProposalFactsRepository,
    @Inject(AssignmentRepository) private readonly assignments: AssignmentRepository,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async execute(actor: Actor, callId: string, input: NewSession) {
    if (!hasRole(actor, 'secretariat')) throw new ReviewError(ReviewErrorCode.NotAllowed);
    const callMunicipality = (await this.calls.findById(callId))?.municipalityId;
    if (!callMunicipality || callMunicipality !== actor.municipalityId)
      throw new ProposalError(ProposalErrorCode.CallNotFound);
    const committeeMunicipality = (await this.committees.findById(input.committeeId))?.municipalityId;
    if (!committeeMunicipality || committeeMunicipality !== actor.municipalityId) {
      throw new ValidationFailedError([
        { field: 'committeeId', messages: ['committeeId must be a committee of this municipality'] },
      ]);
    }
    const proposals = await this.proposals.submittedAmong(input.proposalIds, callId);
    if (proposals.length !== new Set(input.proposalIds).size) {
      throw new ValidationFailedError([
        { field: 'proposalIds', messages: ['every proposal must be a submitted proposal of this call'] },
      ]);
    }
    // One read per owner, at once, where one join was.
    const [proposers, members, conflicted] = await Promise.all([
      this.proposals.proposersOf(input.proposalIds),
      this.seats.memberOrganizations(input.committeeId),
      this.assignments.conflictedReviewersOf(input.proposalIds),
    ]);
    const conflicts = membersToRecuse(proposers, members, conflicted);
    const { order, unavoidableAdjacencies } = orderAgenda([...new Set(input.proposalIds)], conflicts);
    const slots = slotTimes(new Date(input.startsAt), order.length, input.slotMinutes);
    const guests = input.guests ?? [];
    if (guests.some((g) => !input.proposalIds.includes(g.proposalId))) {
      throw new ValidationFailedError([
        { field: 'guests', messages: ['each guest must be invited for a proposal on the agenda'] },
      ]);
    }
    const agenda = order.map((proposalId, i) => ({
      proposalId,
      ...slots[i]!,
      recused: [...(conflicts.get(proposalId) ?? [])],
      guests: guests.filter((g) => g.proposalId === proposalId),
    }));
    const id = randomUUID();
    await this.dataSource.transaction(async (manager) => {
      await this.sessions.insert(manager, {
        id,
        municipalityId: actor.municipalityId,
        callId,
        committeeId: input.committeeId,
        stage: input.stage,
        startsAt: input.startsAt,
        place: input.place,
        quorum: input.quorum,
        slotMinutes: input.slotMinutes,
        agenda,
        guests,
      });
      const members = await this.seats.memberIds(input.committeeId, manager);
      // The invitation (with an .ics) now.
      await enqueueInOutbox(manager, {
        name: 'notify.proposal-event',
        municipalityId: actor.municipalityId,
        payload: {
          municipalityId: actor.municipalityId!,
          sessionId: id,
          template: 'session.invitation',
          audience: 'users',
          userIds: members,
        },
      });
      // A reminder the day before only while that day is still ahead: a meeting less than a day away has just
      // been announced by its invitation, and a 「明日は」 notice sent now would name the wrong day.
      const remindAt = new Date(new Date(input.startsAt).getTime() - 86_400_000);
      if (remindAt > this.clock.now()) {
        await enqueueInOutbox(manager, {
          name: 'timer.session-reminder',
          municipalityId: actor.municipalityId,
          payload: {
            municipalityId: actor.municipalityId!,
            sessionId: id,
            startsAt: new Date(input.startsAt).toISOString(),
          },
          deliverAt: remindAt,
          effectKey: `session-reminder:${id}:${input.startsAt}`,
        });
      }
      await appendAudit(manager, {
        municipalityId: actor.municipalityId,
        stream: `call:${callId}`,
        action: 'session.scheduled',
        actorId: actor.userId,
        actorRole: 'secretariat',
        requestId: actor.requestId,
        after: { sessionId: id, startsAt: input.startsAt, agenda: order },
        at: this.clock.now(),
      });
    });
    return { ...(await this.read.get(actor, id)), unavoidableAdjacencies };
  }
}
