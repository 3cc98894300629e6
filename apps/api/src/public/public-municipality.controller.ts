import { Controller, Get, Inject, Param, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { MunicipalityProfileService } from '@kyodo/identity';
import { NotFoundError } from '@kyodo/platform';
import { Public } from '../auth/public.decorator';
import { Answer, FileAnswer } from '../openapi/answers';
import { PublicMunicipalityProfileResponse } from './public-municipality.response';

/** A municipality's code, as POST /municipalities takes it. */
const MUNICIPALITY_CODE = /^[a-z0-9-]{2,32}$/;

const checkedCode = (code: string) => {
  if (!MUNICIPALITY_CODE.test(code)) throw new NotFoundError({ ja: '自治体', en: 'The municipality' });
  return code;
};

/** The portal's header and footer: a municipality's names, the secretariat's contact and its emblem. */
@ApiTags('public')
@Public()
@Controller('api/v1/public/municipalities/:code')
export class PublicMunicipalityController {
  constructor(@Inject(MunicipalityProfileService) private readonly profiles: MunicipalityProfileService) {}

  @Get()
  @ApiOperation({ summary: 'A municipality’s names, the secretariat’s contact (お問い合わせ先) and emblem' })
  @Answer(200, 'The profile', PublicMunicipalityProfileResponse)
  profile(@Param('code') code: string): Promise<PublicMunicipalityProfileResponse> {
    return this.profiles.publicProfile(checkedCode(code));
  }

  @Get('emblem')
  @ApiOperation({ summary: 'The municipality’s emblem (PNG or JPEG)' })
  @FileAnswer(200, 'The image, with its sha256 as the ETag', ['image/png', 'image/jpeg'])
  async emblem(@Param('code') code: string, @Res() reply: FastifyReply) {
    const emblem = await this.profiles.publicEmblem(checkedCode(code));
    await reply
      .header('content-type', emblem.contentType)
      .header('etag', `"sha256-${emblem.sha256}"`)
      .header('cache-control', 'public, max-age=300')
      .header('x-content-type-options', 'nosniff')
      .header('content-security-policy', "default-src 'none'")
      .send(emblem.data);
  }
}
