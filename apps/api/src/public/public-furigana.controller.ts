import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { PublicService } from '@kyodo/disclosure';
import { FuriganaReadingsService, FuriganaService, PlainJapaneseVersionsService } from '@kyodo/plain-japanese';
import { Public } from '../auth/public.decorator';
import { uuidPipe } from '../http/uuid.pipe';
import { Answer } from '../openapi/answers';
import { PublicCallFuriganaResponse, PublicProposalFuriganaResponse } from './public-furigana.response';
import type { PublicProposalResponse } from './public.response';
import { publishedComments } from './published-comments';

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

  @Get('proposals/:id')
  @ApiOperation({
    summary: 'A disclosed proposal’s title, 講評, conditions and assessment comment with ふりがな (ruby)',
  })
  @Answer(
    200,
    'The texts of its latest published packages, and of their やさしい日本語 versions',
    PublicProposalFuriganaResponse,
  )
  async proposal(@Param('id', uuidPipe) id: string): Promise<PublicProposalFuriganaResponse> {
    // The published packages only: an unpublished proposal is not found, as on GET /public/proposals/:id.
    const record = (await this.disclosed.proposal(id)) as PublicProposalResponse;
    const corrections = await this.readings.correctionsForProposal(id);
    const comments = publishedComments(record);
    const plain = await this.versions.proposalVersions(id);
    const plainOf = (subject: 'decision_comment' | 'assessment_comment') =>
      comments[subject] ? (plain.get(subject)?.text ?? null) : null;
    const ruby = (text: string | null | undefined) =>
      text ? this.furigana.annotate(text, corrections) : Promise.resolve([]);
    const pkg = record.assessment ?? record.decision;
    const decisionPkg = record.decision ?? pkg;
    return {
      id,
      title: await ruby(pkg?.proposal.title),
      decisionComment: await ruby(comments.decision_comment),
      conditions: await Promise.all((decisionPkg?.conditions ?? []).map((condition) => ruby(condition.text))),
      assessmentComment: await ruby(comments.assessment_comment),
      plainDecisionComment: await ruby(plainOf('decision_comment')),
      plainAssessmentComment: await ruby(plainOf('assessment_comment')),
    };
  }
}
