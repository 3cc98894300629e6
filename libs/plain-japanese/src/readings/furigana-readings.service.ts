import { Injectable } from '@nestjs/common';
import { MunicipalityRepository } from '@kyodo/identity';
import { ProposalRepository } from '@kyodo/proposals';
import { type Actor, hasRole, NotFoundError, ValidationFailedError } from '@kyodo/platform';
import { PlainJapaneseError, PlainJapaneseErrorCode } from '../plain-japanese-errors';
import { type FuriganaReading, FuriganaReadingRepository } from './furigana-reading.repository';

/** Words a municipality may correct: enough for its place names and terms, few enough to load on every public read. */
export const MAX_FURIGANA_READINGS = 500;

/** The secretariat's corrections to the portal's ふりがな, and the public reads' way to them. */
@Injectable()
export class FuriganaReadingsService {
  constructor(
    private readonly readings: FuriganaReadingRepository,
    private readonly municipalities: MunicipalityRepository,
    private readonly proposals: ProposalRepository,
  ) {}

  list(actor: Actor): Promise<FuriganaReading[]> {
    return this.readings.list(this.municipalityOf(actor));
  }

  /** The whole list, replaced: a word given twice is refused rather than one of its readings kept silently. */
  async replace(actor: Actor, entries: FuriganaReading[]): Promise<FuriganaReading[]> {
    const municipalityId = this.municipalityOf(actor);
    const seen = new Set<string>();
    const twice = entries.map((entry) => entry.word).filter((word) => seen.size === seen.add(word).size);
    if (twice.length > 0) {
      throw new ValidationFailedError([{ field: 'readings', messages: [`a word is given twice: ${twice[0]}`] }]);
    }
    await this.readings.replace(municipalityId, entries, actor.userId);
    return this.readings.list(municipalityId);
  }

  /** The corrections of the municipality with this code, as the annotator takes them. */
  async correctionsOf(code: string): Promise<Record<string, string>> {
    const id = await this.municipalities.idByCode(code);
    if (!id) throw new NotFoundError({ ja: '自治体', en: 'The municipality' });
    const rows = await this.readings.list(id);
    return Object.fromEntries(rows.map((row) => [row.word, row.reading]));
  }

  /** The corrections of the municipality a proposal belongs to (none for an unknown proposal). */
  async correctionsForProposal(proposalId: string): Promise<Record<string, string>> {
    const proposal = await this.proposals.findById(proposalId);
    if (!proposal) return {};
    const rows = await this.readings.list(proposal.municipalityId);
    return Object.fromEntries(rows.map((row) => [row.word, row.reading]));
  }

  private municipalityOf(actor: Actor): string {
    if (!actor.municipalityId || !hasRole(actor, 'secretariat', 'admin')) {
      throw new PlainJapaneseError(PlainJapaneseErrorCode.ReadingsNotAllowed);
    }
    return actor.municipalityId;
  }
}
