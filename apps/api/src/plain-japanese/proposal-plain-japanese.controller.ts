import { Body, Controller, Get, Inject, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsIn, IsString, MaxLength } from 'class-validator';
import { PublicService } from '@kyodo/disclosure';
import { type Actor, NotFoundError } from '@kyodo/platform';
import {
  type PlainJapaneseVersion,
  PlainJapaneseError,
  PlainJapaneseErrorCode,
  PlainJapaneseVersionsService,
  PROPOSAL_COMMENT_SUBJECTS,
  type ProposalCommentSubject,
} from '@kyodo/plain-japanese';
import { CurrentActor } from '../auth/current-actor.decorator';
import { uuidPipe } from '../http/uuid.pipe';
import { Answer } from '../openapi/answers';
import { Problems } from '../openapi/problem-answers';
import { publishedComments } from '../public/published-comments';
import type { PublicProposalResponse } from '../public/public.response';
import { ProposalPlainJapaneseResponse } from './plain-japanese.response';

const MAX_TEXT = 20_000;

class SaveProposalPlainJapaneseDto {
  @ApiProperty({
    enum: PROPOSAL_COMMENT_SUBJECTS,
    description: 'decision_comment: the decision’s 講評; assessment_comment: the end-of-term assessment’s comment',
  })
  @IsIn(PROPOSAL_COMMENT_SUBJECTS)
  subject: ProposalCommentSubject;

  @ApiProperty({
    type: 'string',
    maxLength: MAX_TEXT,
    example: 'この 事業は 地域の 人が よく わかって います。',
    description: 'the やさしい日本語 version; empty withdraws it',
  })
  @IsString()
  @MaxLength(MAX_TEXT)
  text: string;
}

/** The やさしい日本語 versions of a proposal's published 講評, beside the texts as published. */
@ApiTags('plain-japanese')
@ApiBearerAuth()
@Controller('api/v1/proposals/:id/plain-japanese')
export class ProposalPlainJapaneseController {
  constructor(
    @Inject(PlainJapaneseVersionsService) private readonly versions: PlainJapaneseVersionsService,
    @Inject(PublicService) private readonly disclosed: PublicService,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'A proposal’s published 講評 beside their やさしい日本語 versions (secretariat, admin)',
  })
  @Answer(200, 'The decision’s and the assessment’s comments, each with its version', ProposalPlainJapaneseResponse)
  async get(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string): Promise<ProposalPlainJapaneseResponse> {
    const versions = await this.versions.forProposal(actor, id);
    return view(id, await this.published(id), versions);
  }

  @Put()
  @ApiOperation({
    summary:
      'Write the やさしい日本語 version of a proposal’s published 講評 (secretariat, admin): published beside it at once',
  })
  @Answer(200, 'The comments and their versions now', ProposalPlainJapaneseResponse)
  @Problems(409)
  async save(
    @CurrentActor() actor: Actor,
    @Param('id', uuidPipe) id: string,
    @Body() dto: SaveProposalPlainJapaneseDto,
  ): Promise<ProposalPlainJapaneseResponse> {
    // Who may write it, and whether the proposal is theirs, is asked before whether anything is published.
    await this.versions.forProposal(actor, id);
    const record = await this.published(id);
    if (!record || !publishedComments(record)[dto.subject]) {
      throw new PlainJapaneseError(PlainJapaneseErrorCode.OriginalNotPublished);
    }
    return view(id, record, await this.versions.saveForProposal(actor, id, dto.subject, dto.text));
  }

  /** The proposal as the portal shows it; null before anything of it is published. */
  private async published(id: string): Promise<PublicProposalResponse | null> {
    try {
      return (await this.disclosed.proposal(id)) as PublicProposalResponse;
    } catch (error) {
      if (error instanceof NotFoundError) return null;
      throw error;
    }
  }
}

function view(
  proposalId: string,
  record: PublicProposalResponse | null,
  versions: Map<ProposalCommentSubject, PlainJapaneseVersion>,
): ProposalPlainJapaneseResponse {
  const originals = record ? publishedComments(record) : { decision_comment: null, assessment_comment: null };
  return {
    proposalId,
    title: (record?.assessment ?? record?.decision)?.proposal.title ?? null,
    comments: PROPOSAL_COMMENT_SUBJECTS.map((subject) => {
      const version = versions.get(subject);
      return {
        subject,
        original: originals[subject],
        text: version?.text ?? null,
        updatedAt: version ? version.updatedAt.toISOString() : null,
      };
    }),
  };
}
