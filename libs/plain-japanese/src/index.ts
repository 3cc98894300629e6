export { PlainJapaneseModule } from './plain-japanese.module';
export { FuriganaService } from './furigana.service';
export {
  checkPlainJapanese,
  DEFAULT_PLAIN_JAPANESE_OPTIONS,
  PLAIN_JAPANESE_RULES,
  type PlainJapaneseFinding,
  type PlainJapaneseOptions,
  type PlainJapaneseRule,
} from './plain-japanese-checker';
export { KANJI_LEVELS, type KanjiLevel, isKnownKanji } from './kanji-levels';
export { annotate, BUILT_IN_READINGS, type RubySegment, type ReadingToken } from './ruby';
export { PlainJapaneseService, type PlainJapaneseCheck } from './plain-japanese.service';
export { PlainJapaneseError, PlainJapaneseErrorCode } from './plain-japanese-errors';
export { FuriganaReadingEntity } from './readings/furigana-reading.entity';
export { type FuriganaReading } from './readings/furigana-reading.repository';
export { FuriganaReadingsService, MAX_FURIGANA_READINGS } from './readings/furigana-readings.service';
export {
  PlainJapaneseVersionEntity,
  PROPOSAL_COMMENT_SUBJECTS,
  type ProposalCommentSubject,
} from './versions/plain-japanese-version.entity';
export { PlainJapaneseVersionsService, type CallPlainJapanese } from './versions/plain-japanese-versions.service';
export { type PlainJapaneseVersion } from './versions/plain-japanese-version.repository';
