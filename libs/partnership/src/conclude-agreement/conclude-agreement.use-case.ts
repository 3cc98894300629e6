import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { type Actor, Clock } from '@kyodo/platform';
import type { AgreementTerms } from '../agreements/agreement';
import { correctedSignatories, type SignatoryCorrection } from '../agreements/agreement-parties';
import { AgreementRepository } from '../agreements/agreement.repository';
import { LifecycleStep } from '../lifecycle-step';
import { PartnershipError, PartnershipErrorCode } from '../partnership-errors';
import { ProjectReader } from '../project-reader';

/** The agreement form: the terms, with the parties' names as the 協定書 writes them (their ids come from the proposal). */
export type AgreementInput = Omit<AgreementTerms, 'group' | 'department' | 'parties'> & {
  groupName: string;
  departmentName: string;
  /**
   * Corrections to the parties' names and contact details as the 協定書 prints them; a party left out keeps what its
   * record says. The parties themselves are the proposal's (its organisation, partner departments, partner groups).
   */
  parties?: SignatoryCorrection[];
};

/** 協定の締結 (CONCLUDE_AGREEMENT): the agreement's row, then the event that moves the proposal to `agreement`. */
@Injectable()
export class ConcludeAgreement {
  constructor(
    private readonly projects: ProjectReader,
    private readonly agreements: AgreementRepository,
    private readonly step: LifecycleStep,
    private readonly clock: Clock,
  ) {}

  async execute(actor: Actor, proposalId: string, expectedVersion: number, input: AgreementInput): Promise<void> {
    const project = await this.projects.load(actor, proposalId);
    this.step.check(project, expectedVersion, 'CONCLUDE_AGREEMENT');
    if (input.termEnd <= input.termStart)
      throw new PartnershipError(PartnershipErrorCode.TermOrder, {
        termStart: input.termStart,
        termEnd: input.termEnd,
      });
    const parties = await this.projects.parties(project.view);
    const signatories = correctedSignatories(parties.parties, input.parties);
    if (signatories.unknown.length > 0)
      throw new PartnershipError(PartnershipErrorCode.UnknownParty, { organizationIds: signatories.unknown });
    const { groupName, departmentName, parties: _corrections, ...terms } = input;
    // The 甲/乙 names the preamble writes are the form's group and department names: their parties sign as such.
    const named = signatories.parties.map((party) =>
      party.organizationId === parties.group.organizationId
        ? { ...party, name: groupName }
        : party.organizationId === parties.department.organizationId
          ? { ...party, name: departmentName }
          : party,
    );
    const id = await this.agreements.writeUnconcluded(randomUUID(), project.municipalityId, proposalId, {
      ...terms,
      group: { organizationId: parties.group.organizationId, name: groupName },
      department: { organizationId: parties.department.organizationId, name: departmentName },
      parties: named,
    });
    if (!id) throw new PartnershipError(PartnershipErrorCode.AlreadyConcluded);
    await this.step.sendAfterWrite(
      actor,
      project,
      expectedVersion,
      {
        type: 'CONCLUDE_AGREEMENT',
        termStart: input.termStart,
        termEnd: input.termEnd,
        roleSharing: input.roleSharing,
        informationSharing: input.informationSharing,
      },
      () => this.agreements.discardUnconcluded(id),
    );
    await this.agreements.markConcluded(id, actor.userId, this.clock.now());
  }
}
