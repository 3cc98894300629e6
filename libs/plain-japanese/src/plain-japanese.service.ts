import { Injectable } from '@nestjs/common';
import { type Actor, hasRole } from '@kyodo/platform';
import type { KanjiLevel } from './kanji-levels';
import {
  checkPlainJapanese,
  DEFAULT_PLAIN_JAPANESE_OPTIONS,
  type PlainJapaneseFinding,
} from './plain-japanese-checker';
import { PlainJapaneseError, PlainJapaneseErrorCode } from './plain-japanese-errors';

export interface PlainJapaneseCheck {
  kanjiLevel: KanjiLevel;
  maxSentenceLength: number;
  maxClauseLength: number;
  findings: PlainJapaneseFinding[];
}

/** The secretariat's editor asks here what in a text departs from the やさしい日本語 guideline. */
@Injectable()
export class PlainJapaneseService {
  check(actor: Actor, text: string, kanjiLevel?: KanjiLevel): PlainJapaneseCheck {
    if (!actor.municipalityId || !hasRole(actor, 'secretariat', 'admin')) {
      throw new PlainJapaneseError(PlainJapaneseErrorCode.NotAllowed);
    }
    const options = { ...DEFAULT_PLAIN_JAPANESE_OPTIONS, ...(kanjiLevel ? { kanjiLevel } : {}) };
    return { ...options, findings: checkPlainJapanese(text, options) };
  }
}
