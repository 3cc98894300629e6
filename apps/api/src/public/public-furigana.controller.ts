import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { PublicService } from '@kyodo/disclosure';
import { FuriganaReadingsService, FuriganaService, PlainJapaneseVersionsService } from '@kyodo/plain-japanese';
import { Public } from '../auth/public.decorator';
import { Answer } from '../openapi/answers';
import { PublicCallFuriganaResponse } from './public-furigana.response';

/** A municipality's code, as POST /municipalities takes it. */
const MUNICIPALITY_CODE = /^[a-z0-9-]{2,32}$/;

class FuriganaQueryDto {
  @ApiProperty({ example: 'demo-kagayaki', pattern: MUNICIPALITY_CODE.source })
  @Matches(MUNICIPALITY_CODE)
  municipality: string;
}

/** ふりがな for what the portal publishes: read on the server, so the browser never loads the dictionary. */
@ApiTags('public')
@Public()
@Controller('api/v1/public/furigana')
export class PublicFuriganaController {
  constructor(
    @Inject(PublicService) private readonly disclosed: PublicService,
    @Inject(FuriganaService) private readonly furigana: FuriganaService,
    @Inject(FuriganaReadingsService) private readonly readings: FuriganaReadingsService,
    @Inject(PlainJapaneseVersionsService) private readonly versions: PlainJapaneseVersionsService,
  ) {}

  @Get('calls')
  @ApiOperation({ summary: 'The calls of a municipality, their Japanese texts with ふりがな (ruby)' })
  @Answer(200, 'One entry per call, in the order of GET /public/calls', [PublicCallFuriganaResponse])
  async calls(@Query() query: FuriganaQueryDto): Promise<PublicCallFuriganaResponse[]> {
    const calls = await this.disclosed.calls(query.municipality);
    const corrections = await this.readings.correctionsOf(query.municipality);
    const plain = new Map(
      (await this.versions.publicForCalls(query.municipality)).map((version) => [version.subjectId, version.text]),
    );
    const ruby = (text: string | null) => (text ? this.furigana.annotate(text, corrections) : Promise.resolve([]));
    return Promise.all(
      calls.map(async (call) => ({
        id: call.id,
        title: await ruby(call.titleJa),
        description: await ruby(call.descriptionJa),
        eligibility: await ruby(call.eligibilityJa),
        plainDescription: await ruby(plain.get(call.id) ?? null),
        themes: await Promise.all(call.themes.map((theme) => ruby(theme.titleJa))),
      })),
    );
  }
}
