import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { PublicService } from '@kyodo/disclosure';
import { PlainJapaneseVersionsService, PROPOSAL_COMMENT_SUBJECTS } from '@kyodo/plain-japanese';
import { Public } from '../auth/public.decorator';
import { uuidPipe } from '../http/uuid.pipe';
import { Answer } from '../openapi/answers';
import {
  PublicPlainJapaneseVersionResponse,
  PublicProposalPlainJapaneseVersionResponse,
} from './public-furigana.response';
import type { PublicProposalResponse } from './public.response';
import { publishedComments } from './published-comments';

/** A municipality's code, as POST /municipalities takes it. */
const MUNICIPALITY_CODE = /^[a-z0-9-]{2,32}$/;

class PlainJapaneseQueryDto {
  @ApiProperty({ example: 'demo-kagayaki', pattern: MUNICIPALITY_CODE.source })
  @Matches(MUNICIPALITY_CODE)
  municipality: string;
}

/** The やさしい日本語 versions the secretariat wrote, published beside the originals. */
@ApiTags('public')
@Public()
@Controller('api/v1/public/plain-japanese')
export class PublicPlainJapaneseController {
  constructor(
    @Inject(PlainJapaneseVersionsService) private readonly versions: PlainJapaneseVersionsService,
    @Inject(PublicService) private readonly disclosed: PublicService,
  ) {}

  @Get('calls')
  @ApiOperation({ summary: 'The やさしい日本語 versions of a municipality’s call descriptions' })
  @Answer(200, 'One entry per call that has a version', [PublicPlainJapaneseVersionResponse])
  async calls(@Query() query: PlainJapaneseQueryDto): Promise<PublicPlainJapaneseVersionResponse[]> {
    const versions = await this.versions.publicForCalls(query.municipality);
    return versions.map((version) => ({
      callId: version.subjectId,
      text: version.text,
      updatedAt: version.updatedAt.toISOString(),
    }));
  }

  @Get('proposals/:id')
  @ApiOperation({ summary: 'The やさしい日本語 versions of a disclosed proposal’s published 講評' })
  @Answer(200, 'One entry per published comment that has a version', [PublicProposalPlainJapaneseVersionResponse])
  async proposal(@Param('id', uuidPipe) id: string): Promise<PublicProposalPlainJapaneseVersionResponse[]> {
    // Not found before anything is published; a version shows only beside a comment that is.
    const comments = publishedComments((await this.disclosed.proposal(id)) as PublicProposalResponse);
    const versions = await this.versions.proposalVersions(id);
    return PROPOSAL_COMMENT_SUBJECTS.flatMap((subject) => {
      const version = versions.get(subject);
      return comments[subject] && version
        ? [{ subject, text: version.text, updatedAt: version.updatedAt.toISOString() }]
        : [];
    });
  }
}
