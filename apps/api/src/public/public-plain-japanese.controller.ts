import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { PlainJapaneseVersionsService } from '@kyodo/plain-japanese';
import { Public } from '../auth/public.decorator';
import { Answer } from '../openapi/answers';
import { PublicPlainJapaneseVersionResponse } from './public-furigana.response';

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
  constructor(@Inject(PlainJapaneseVersionsService) private readonly versions: PlainJapaneseVersionsService) {}

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
}
