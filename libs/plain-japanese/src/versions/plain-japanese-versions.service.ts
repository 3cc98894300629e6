import { Injectable } from '@nestjs/common';
import { MunicipalityRepository } from '@kyodo/identity';
import { type Actor, hasRole, NotFoundError } from '@kyodo/platform';
import { CallsService, ProposalRepository } from '@kyodo/proposals';
import { PlainJapaneseError, PlainJapaneseErrorCode } from '../plain-japanese-errors';
import { PROPOSAL_COMMENT_SUBJECTS, type ProposalCommentSubject } from './plain-japanese-version.entity';
import { type PlainJapaneseVersion, PlainJapaneseVersionRepository } from './plain-japanese-version.repository';

/** A call's description beside its やさしい日本語 version, as the secretariat edits them. */
export interface CallPlainJapanese {
  callId: string;
  original: string;
  text: string | null;
  updatedAt: string | null;
}

/** The やさしい日本語 versions of published texts: written by the secretariat, published beside the original. */
@Injectable()
export class PlainJapaneseVersionsService {
  constructor(
    private readonly versions: PlainJapaneseVersionRepository,
    private readonly calls: CallsService,
    private readonly municipalities: MunicipalityRepository,
    private readonly proposals: ProposalRepository,
  ) {}

  async forCall(actor: Actor, callId: string): Promise<CallPlainJapanese> {
    this.requireStaff(actor);
    const call = await this.calls.get(actor, callId);
    return view(callId, call.descriptionJa, await this.versions.find('call_description', callId));
  }

  /** Saves the version; an empty text withdraws it. */
  async saveForCall(actor: Actor, callId: string, text: string): Promise<CallPlainJapanese> {
    const municipalityId = this.requireStaff(actor);
    const call = await this.calls.get(actor, callId);
    const trimmed = text.trim();
    if (trimmed === '') await this.versions.remove('call_description', callId);
    else {
      await this.versions.save({
        subject: 'call_description',
        subjectId: callId,
        municipalityId,
        text: trimmed,
        updatedBy: actor.userId,
      });
    }
    return view(callId, call.descriptionJa, await this.versions.find('call_description', callId));
  }

  /** The published versions of the calls of the municipality with this code. */
  async publicForCalls(code: string): Promise<PlainJapaneseVersion[]> {
    const id = await this.municipalities.idByCode(code);
    if (!id) throw new NotFoundError({ ja: '自治体', en: 'The municipality' });
    return this.versions.listFor(id, 'call_description');
  }

  /**
   * The versions of a proposal's 講評, for the secretariat of its municipality (another municipality's proposal is not
   * found). The originals are the published packages' texts, which the caller reads from the disclosure library.
   */
  async forProposal(actor: Actor, proposalId: string): Promise<Map<ProposalCommentSubject, PlainJapaneseVersion>> {
    await this.ownProposal(actor, proposalId);
    return this.proposalVersions(proposalId);
  }

  /** Saves the version of one 講評 of the proposal; an empty text withdraws it. */
  async saveForProposal(
    actor: Actor,
    proposalId: string,
    subject: ProposalCommentSubject,
    text: string,
  ): Promise<Map<ProposalCommentSubject, PlainJapaneseVersion>> {
    const municipalityId = await this.ownProposal(actor, proposalId);
    const trimmed = text.trim();
    if (trimmed === '') await this.versions.remove(subject, proposalId);
    else {
      await this.versions.save({
        subject,
        subjectId: proposalId,
        municipalityId,
        text: trimmed,
        updatedBy: actor.userId,
      });
    }
    return this.proposalVersions(proposalId);
  }

  /** The versions of a proposal's 講評 as they stand; the public read shows only those whose original is published. */
  async proposalVersions(proposalId: string): Promise<Map<ProposalCommentSubject, PlainJapaneseVersion>> {
    return (await this.versions.listOf(proposalId, PROPOSAL_COMMENT_SUBJECTS)) as Map<
      ProposalCommentSubject,
      PlainJapaneseVersion
    >;
  }

  private async ownProposal(actor: Actor, proposalId: string): Promise<string> {
    const municipalityId = this.requireStaff(actor);
    const proposal = await this.proposals.findById(proposalId);
    if (!proposal || proposal.municipalityId !== municipalityId) {
      throw new NotFoundError({ ja: '提案', en: 'The proposal' });
    }
    return municipalityId;
  }

  private requireStaff(actor: Actor): string {
    if (!actor.municipalityId || !hasRole(actor, 'secretariat', 'admin')) {
      throw new PlainJapaneseError(PlainJapaneseErrorCode.VersionsNotAllowed);
    }
    return actor.municipalityId;
  }
}

const view = (callId: string, original: string, version: PlainJapaneseVersion | null): CallPlainJapanese => ({
  callId,
  original,
  text: version?.text ?? null,
  updatedAt: version ? version.updatedAt.toISOString() : null,
});
