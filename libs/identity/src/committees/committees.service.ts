import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { type Actor, Clock, type Role } from '@kyodo/platform';
import { DirectoryScope, inScope } from '../directory-scope';
import { DirectoryWriter } from '../directory-writer';
import { IdentityError, IdentityErrorCode } from '../identity-errors';
import { MembershipRepository } from '../users/membership.repository';
import { UserRepository } from '../users/user.repository';
import type { CommitteeEntity } from './committee.entity';
import type { CommitteeMemberEntity } from './committee-member.entity';
import { CommitteeRepository, type DirectoryCommittee } from './committee.repository';

export interface NewCommittee {
  municipalityId?: string;
  nameJa: string;
  nameEn: string;
}

/** Evaluation committees and their members; a member holds the committee role that goes with their position. */
@Injectable()
export class CommitteesService {
  constructor(
    private readonly committees: CommitteeRepository,
    private readonly users: UserRepository,
    private readonly memberships: MembershipRepository,
    private readonly scope: DirectoryScope,
    private readonly writer: DirectoryWriter,
    private readonly clock: Clock,
  ) {}

  async createCommittee(actor: Actor, input: NewCommittee): Promise<CommitteeEntity> {
    const municipalityId = await this.scope.adminScope(actor, input.municipalityId);
    const row: CommitteeEntity = {
      id: randomUUID(),
      municipalityId,
      nameJa: input.nameJa,
      nameEn: input.nameEn,
      createdAt: this.clock.now(),
    };
    return this.writer.write(actor, municipalityId, 'committee.created', row, null, async (m) => {
      await this.committees.insert(m, row);
      return row;
    });
  }

  /** Committees of the caller's municipality with their members (admin, secretariat). */
  listCommittees(actor: Actor): Promise<DirectoryCommittee[]> {
    return this.committees.listWithMembers(this.scope.staffScope(actor));
  }

  async addCommitteeMember(
    actor: Actor,
    committeeId: string,
    input: { userId: string; position: 'member' | 'chair'; affiliation?: string },
  ): Promise<CommitteeMemberEntity> {
    const committee = inScope(await this.committees.findById(committeeId), actor, IdentityErrorCode.UnknownCommittee);
    await this.scope.adminScope(actor, committee.municipalityId);
    inScope(await this.users.findById(input.userId), actor, IdentityErrorCode.UnknownUser, committee.municipalityId);
    const row: CommitteeMemberEntity = {
      committeeId,
      userId: input.userId,
      municipalityId: committee.municipalityId,
      position: input.position,
      affiliation: input.affiliation ?? null,
      createdAt: this.clock.now(),
    };
    const role: Role = input.position === 'chair' ? 'committee_chair' : 'committee_member';
    return this.writer.write(
      actor,
      committee.municipalityId,
      'committee.member_added',
      row,
      IdentityErrorCode.MembershipExists,
      async (m) => {
        await this.committees.insertMember(m, row);
        await this.memberships.grantUnlessHeld(m, {
          municipalityId: committee.municipalityId,
          userId: input.userId,
          role,
        });
        return row;
      },
    );
  }

  /**
   * Takes a member (or the chair) off a committee; the committee role goes with the last seat of that kind. Their
   * scores, consensus entries and minutes stay as recorded.
   */
  async removeCommitteeMember(actor: Actor, committeeId: string, userId: string): Promise<void> {
    const committee = inScope(await this.committees.findById(committeeId), actor, IdentityErrorCode.UnknownCommittee);
    await this.scope.adminScope(actor, committee.municipalityId);
    await this.writer.write(
      actor,
      committee.municipalityId,
      'committee.member_removed',
      { committeeId, userId },
      null,
      async (m) => {
        const position = await this.committees.removeMember(m, committeeId, userId);
        if (!position) throw new IdentityError(IdentityErrorCode.UnknownMembership);
        if (!(await this.committees.seatedAs(m, userId, position))) {
          await this.memberships.remove(m, {
            municipalityId: committee.municipalityId,
            userId,
            role: position === 'chair' ? 'committee_chair' : 'committee_member',
            organizationId: null,
          });
        }
      },
    );
  }
}
