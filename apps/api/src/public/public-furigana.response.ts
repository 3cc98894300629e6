import { ApiProperty, ApiSchema } from '@nestjs/swagger';

@ApiSchema({ name: 'RubySegment', description: 'A run of text and, over kanji, its reading (ふりがな)' })
export class RubySegmentResponse {
  @ApiProperty({ type: 'string' })
  text: string;

  @ApiProperty({ type: 'string', nullable: true, description: 'Hiragana to show over `text`; null where none' })
  reading: string | null;
}

@ApiSchema({ name: 'PublicCallFurigana', description: 'A call’s Japanese texts with ふりがな' })
export class PublicCallFuriganaResponse {
  @ApiProperty({ type: 'string', format: 'uuid' })
  id: string;

  @ApiProperty({ type: () => RubySegmentResponse, isArray: true })
  title: RubySegmentResponse[];

  @ApiProperty({ type: () => RubySegmentResponse, isArray: true, description: 'empty when the call has none' })
  description: RubySegmentResponse[];

  @ApiProperty({ type: () => RubySegmentResponse, isArray: true, description: 'empty when the call has none' })
  eligibility: RubySegmentResponse[];

  @ApiProperty({
    type: () => RubySegmentResponse,
    isArray: true,
    description: 'The やさしい日本語 version of the description; empty when none is written',
  })
  plainDescription: RubySegmentResponse[];

  @ApiProperty({
    type: 'array',
    items: { type: 'array', items: { $ref: '#/components/schemas/RubySegment' } },
    description: 'Each theme’s title, in the order of GET /public/calls',
  })
  themes: RubySegmentResponse[][];
}

@ApiSchema({ name: 'PublicPlainJapaneseVersion', description: 'The やさしい日本語 version of a call’s description' })
export class PublicPlainJapaneseVersionResponse {
  @ApiProperty({ type: 'string', format: 'uuid' })
  callId: string;

  @ApiProperty({ type: 'string' })
  text: string;

  @ApiProperty({ type: 'string', format: 'date-time' })
  updatedAt: string;
}

@ApiSchema({
  name: 'PublicProposalFurigana',
  description: 'A disclosed proposal’s Japanese texts with ふりがな, from its published packages only',
})
export class PublicProposalFuriganaResponse {
  @ApiProperty({ type: 'string', format: 'uuid' })
  id: string;

  @ApiProperty({ type: () => RubySegmentResponse, isArray: true, description: 'The title, as the page heads it' })
  title: RubySegmentResponse[];

  @ApiProperty({
    type: () => RubySegmentResponse,
    isArray: true,
    description: 'The decision’s 講評; empty before a decision is published',
  })
  decisionComment: RubySegmentResponse[];

  @ApiProperty({
    type: 'array',
    items: { type: 'array', items: { $ref: '#/components/schemas/RubySegment' } },
    description: 'Each condition of adoption (付帯条件), in the order of the decision package',
  })
  conditions: RubySegmentResponse[][];

  @ApiProperty({
    type: () => RubySegmentResponse,
    isArray: true,
    description: 'The end-of-term assessment’s comment; empty before an assessment is published',
  })
  assessmentComment: RubySegmentResponse[];

  @ApiProperty({
    type: () => RubySegmentResponse,
    isArray: true,
    description: 'The やさしい日本語 version of the decision’s 講評; empty when none is written',
  })
  plainDecisionComment: RubySegmentResponse[];

  @ApiProperty({
    type: () => RubySegmentResponse,
    isArray: true,
    description: 'The やさしい日本語 version of the assessment’s comment; empty when none is written',
  })
  plainAssessmentComment: RubySegmentResponse[];
}

@ApiSchema({
  name: 'PublicProposalPlainJapaneseVersion',
  description: 'The やさしい日本語 version of one of a disclosed proposal’s published 講評',
})
export class PublicProposalPlainJapaneseVersionResponse {
  @ApiProperty({
    enum: ['decision_comment', 'assessment_comment'],
    description: 'decision_comment: the decision’s 講評; assessment_comment: the end-of-term assessment’s comment',
  })
  subject: 'decision_comment' | 'assessment_comment';

  @ApiProperty({ type: 'string' })
  text: string;

  @ApiProperty({ type: 'string', format: 'date-time' })
  updatedAt: string;
}
