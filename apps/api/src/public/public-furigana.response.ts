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
