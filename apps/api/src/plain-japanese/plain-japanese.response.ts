import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import {
  KANJI_LEVELS,
  type KanjiLevel,
  PLAIN_JAPANESE_RULES,
  type PlainJapaneseRule,
  PROPOSAL_COMMENT_SUBJECTS,
  type ProposalCommentSubject,
} from '@kyodo/plain-japanese';

@ApiSchema({
  name: 'PlainJapaneseFinding',
  description: 'A place where the text departs from the やさしい日本語 guideline',
})
export class PlainJapaneseFindingResponse {
  @ApiProperty({
    enum: PLAIN_JAPANESE_RULES,
    description:
      'long_sentence / long_clause: 一文は短く; double_negative: 二重否定; difficult_kanji: a kanji beyond the level; loanword: カタカナ語; honorific: 尊敬語・謙譲語',
  })
  rule: PlainJapaneseRule;

  @ApiProperty({ type: 'integer', minimum: 0, description: 'Offset of the first character flagged (UTF-16 units)' })
  start: number;

  @ApiProperty({ type: 'integer', minimum: 0, description: 'Offset just past the last character flagged' })
  end: number;

  @ApiProperty({ type: 'string', description: 'The text flagged' })
  excerpt: string;

  @ApiProperty({ type: 'string', nullable: true, description: 'A plainer word or ending, when the rule knows one' })
  suggestion: string | null;
}

@ApiSchema({ name: 'PlainJapaneseCheck', description: 'What the checker found, and the limits it checked against' })
export class PlainJapaneseCheckResponse {
  @ApiProperty({ enum: KANJI_LEVELS, description: 'grade1: 小学1年生の漢字 (80); grade2: 2年生までの漢字 (240)' })
  kanjiLevel: KanjiLevel;

  @ApiProperty({ type: 'integer', description: 'A longer sentence is flagged (characters)' })
  maxSentenceLength: number;

  @ApiProperty({ type: 'integer', description: 'A longer clause (between 、 and 。) is flagged' })
  maxClauseLength: number;

  @ApiProperty({ type: () => PlainJapaneseFindingResponse, isArray: true, description: 'In the order of the text' })
  findings: PlainJapaneseFindingResponse[];
}

@ApiSchema({
  name: 'FuriganaReading',
  description: 'A corrected reading: over this word the portal shows this reading',
})
export class FuriganaReadingResponse {
  @ApiProperty({ type: 'string', example: '協働' })
  word: string;

  @ApiProperty({ type: 'string', example: 'きょうどう' })
  reading: string;
}

@ApiSchema({ name: 'FuriganaReadings', description: 'A municipality’s corrected ふりがな readings' })
export class FuriganaReadingsResponse {
  @ApiProperty({ type: () => FuriganaReadingResponse, isArray: true })
  readings: FuriganaReadingResponse[];
}

@ApiSchema({ name: 'CallPlainJapanese', description: 'A call’s description beside its やさしい日本語 version' })
export class CallPlainJapaneseResponse {
  @ApiProperty({ type: 'string', format: 'uuid' })
  callId: string;

  @ApiProperty({ type: 'string', description: 'The call’s description in Japanese, as published' })
  original: string;

  @ApiProperty({ type: 'string', nullable: true, description: 'The やさしい日本語 version; null when none is written' })
  text: string | null;

  @ApiProperty({ type: 'string', format: 'date-time', nullable: true })
  updatedAt: string | null;
}

@ApiSchema({
  name: 'ProposalCommentPlainJapanese',
  description: 'One of a proposal’s published 講評 beside its やさしい日本語 version',
})
export class ProposalCommentPlainJapaneseResponse {
  @ApiProperty({
    enum: PROPOSAL_COMMENT_SUBJECTS,
    description: 'decision_comment: the decision’s 講評; assessment_comment: the end-of-term assessment’s comment',
  })
  subject: ProposalCommentSubject;

  @ApiProperty({ type: 'string', nullable: true, description: 'The comment as published; null while it is not' })
  original: string | null;

  @ApiProperty({ type: 'string', nullable: true, description: 'The やさしい日本語 version; null when none is written' })
  text: string | null;

  @ApiProperty({ type: 'string', format: 'date-time', nullable: true })
  updatedAt: string | null;
}

@ApiSchema({
  name: 'ProposalPlainJapanese',
  description: 'A proposal’s published 講評 beside their やさしい日本語 versions',
})
export class ProposalPlainJapaneseResponse {
  @ApiProperty({ type: 'string', format: 'uuid' })
  proposalId: string;

  @ApiProperty({ type: 'string', nullable: true, description: 'The title as published; null before any publication' })
  title: string | null;

  @ApiProperty({
    type: () => ProposalCommentPlainJapaneseResponse,
    isArray: true,
    description: 'The decision’s 講評, then the assessment’s comment',
  })
  comments: ProposalCommentPlainJapaneseResponse[];
}
