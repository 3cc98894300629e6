import { Controller, Get, Inject, Param } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { PublicService } from '@kyodo/disclosure';
import { PublicProgress } from '@kyodo/partnership';
import { NotFoundError } from '@kyodo/platform';
import { Public } from '../auth/public.decorator';
import { uuidPipe } from '../http/uuid.pipe';
import { Answer } from '../openapi/answers';
import { PublicProjectProgressResponse } from './public-progress.response';

/** The public page's view of a project under way, beside its disclosed decision. */
@ApiTags('public')
@Public()
@Controller('api/v1/public/proposals/:id/progress')
export class PublicProgressController {
  constructor(
    @Inject(PublicService) private readonly disclosure: PublicService,
    @Inject(PublicProgress) private readonly progress: PublicProgress,
  ) {}

  @Get()
  @ApiOperation({ summary: 'A disclosed project’s KPIs planned against actual and its milestones, once reported' })
  @Answer(200, 'The progress of the latest accepted progress report', PublicProjectProgressResponse)
  async get(@Param('id', uuidPipe) id: string): Promise<PublicProjectProgressResponse> {
    // Disclosed at all? The disclosure library answers (404 otherwise), so nothing undisclosed is told here.
    await this.disclosure.proposal(id);
    const progress = await this.progress.of(id);
    if (!progress) throw new NotFoundError({ ja: '公開された事業の進捗', en: 'The progress of a disclosed project' });
    return progress;
  }
}
