import { Controller, Get, Inject, Param } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { GroupTrackRecord } from '@kyodo/memory';
import { Public } from '../auth/public.decorator';
import { uuidPipe } from '../http/uuid.pipe';
import { Answer } from '../openapi/answers';
import { GroupTrackRecordResponse } from './group-track-record.response';

/** 協働の実績: a citizen group's public track record, from published packages only. */
@ApiTags('public')
@Public()
@Controller('api/v1/public/groups/:id/track-record')
export class GroupTrackRecordController {
  constructor(@Inject(GroupTrackRecord) private readonly trackRecord: GroupTrackRecord) {}

  @Get()
  @ApiOperation({ summary: 'A citizen group’s published decisions and end-of-term evaluations (協働の実績)' })
  @Answer(200, 'The group’s disclosed proposals, newest fiscal year first', GroupTrackRecordResponse)
  get(@Param('id', uuidPipe) id: string): Promise<GroupTrackRecordResponse> {
    return this.trackRecord.of(id);
  }
}
