import { Body, Controller, Get, HttpCode, Inject, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, ValidateBy } from 'class-validator';
import {
  CATEGORIES,
  DeadLettersService,
  InboxService,
  PreferencesService,
  renderMessage,
  TEMPLATES,
} from '@kyodo/notifications';
import { type Actor, hasRole, NotFoundError } from '@kyodo/platform';
import { CurrentActor } from '../auth/current-actor.decorator';
import { uuidPipe } from '../http/uuid.pipe';
import { Answer, EmptyAnswer } from '../openapi/answers';
import {
  DeadLetterResponse,
  DeadLetterRetriedResponse,
  InboxMarkedReadResponse,
  InboxResponse,
  NotificationPreferenceResponse,
  TemplatePreviewResponse,
} from './notifications.response';
import { Optional } from '../http/optional';
import { PageLimit } from '../http/page-query.dto';

/** The newest notices (no cursor: the inbox shows the latest and the unread count; older ones are marked read). */
class InboxQueryDto {
  @PageLimit(50)
  limit?: number;

  @ApiPropertyOptional({ description: 'Only the unread ones' })
  @Optional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  unread?: boolean;
}

class PreferencesDto {
  @ApiProperty({
    description: `category → immediate | digest | off; categories: ${CATEGORIES.join(', ')} (decision, screening and assignment always go)`,
    example: { reminder: 'digest', publication: 'off' },
  })
  @ValidateBy({
    name: 'isPreferenceMap',
    validator: {
      validate: (value: unknown) =>
        typeof value === 'object' &&
        value !== null &&
        !Array.isArray(value) &&
        Object.entries(value).every(
          ([k, v]) =>
            (CATEGORIES as readonly string[]).includes(k) && ['immediate', 'digest', 'off'].includes(v as string),
        ),
      defaultMessage: () => `preferences must map ${CATEGORIES.join(', ')} to immediate, digest or off`,
    },
  })
  preferences: Record<string, 'immediate' | 'digest' | 'off'>;
}

class PreviewQueryDto {
  @ApiPropertyOptional({ enum: ['ja', 'en'] }) @Optional() @IsIn(['ja', 'en']) locale?: 'ja' | 'en';
}

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('api/v1')
export class NotificationsController {
  constructor(
    @Inject(InboxService) private readonly inbox: InboxService,
    @Inject(PreferencesService) private readonly preferences: PreferencesService,
    @Inject(DeadLettersService) private readonly deadLetters: DeadLettersService,
  ) {}

  @Get('me/notifications')
  @ApiOperation({ summary: 'My in-app notifications, newest first, with the unread count' })
  @Answer(200, 'My notifications and the unread count', InboxResponse)
  list(@CurrentActor() actor: Actor, @Query() query: InboxQueryDto): Promise<InboxResponse> {
    return this.inbox.list(actor, query.limit ?? 50, query.unread ?? false);
  }

  @Post('me/notifications/read-all')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark all my notifications read' })
  @Answer(200, 'How many were marked', InboxMarkedReadResponse)
  readAll(@CurrentActor() actor: Actor): Promise<InboxMarkedReadResponse> {
    return this.inbox.markAllRead(actor);
  }

  @Post('me/notifications/:id/read')
  @HttpCode(204)
  @ApiOperation({ summary: 'Mark one notification read' })
  @EmptyAnswer(204, 'Read (already read stays as it was)')
  async read(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string) {
    await this.inbox.markRead(actor, id);
  }

  @Get('me/notification-preferences')
  @ApiOperation({ summary: 'My e-mail preferences per category' })
  @Answer(200, 'One entry per category, in a fixed order', [NotificationPreferenceResponse])
  getPreferences(@CurrentActor() actor: Actor): Promise<NotificationPreferenceResponse[]> {
    return this.preferences.get(actor);
  }

  @Put('me/notification-preferences')
  @ApiOperation({ summary: 'Set e-mail per category: immediate, daily digest or off (required notices always go)' })
  @Answer(200, 'All my preferences after the change (required categories stay immediate)', [
    NotificationPreferenceResponse,
  ])
  setPreferences(@CurrentActor() actor: Actor, @Body() dto: PreferencesDto): Promise<NotificationPreferenceResponse[]> {
    return this.preferences.set(actor, dto.preferences);
  }

  @Get('notification-templates/:template/preview')
  @ApiOperation({ summary: 'Preview a message with sample data (secretariat)' })
  @Answer(200, 'The message in the asked (or my) language', TemplatePreviewResponse)
  preview(
    @CurrentActor() actor: Actor,
    @Param('template') template: string,
    @Query() query: PreviewQueryDto,
  ): TemplatePreviewResponse {
    if (!hasRole(actor, 'secretariat', 'admin') || !(template in TEMPLATES)) {
      throw new NotFoundError({ ja: 'テンプレート', en: 'The template' });
    }
    const locale = query.locale ?? actor.locale;
    const message = renderMessage(template, {
      proposalTitle: '多世代がつながる地域食堂の運営',
      receiptNumber: '2026-0001',
      state: 'submitted.screening',
      callTitle: '令和8年度 協働事業提案制度',
      reason: '収支予算の内訳を補足してください。',
      comment: '地域ニーズの把握が的確であり、役割分担も明確である。',
      conditions: ['四半期ごとに進捗を報告すること'],
      deadline: '2026-06-30T08:00:00.000Z',
      session: { startsAt: '2026-08-20T04:30:00.000Z', place: '市役所 第3会議室' },
      link: 'https://kyodo.example/proposals/sample',
    });
    return {
      template,
      locale,
      category: message.category,
      required: message.required,
      subject: message.subject[locale],
      text: message.text[locale],
      html: message.html[locale],
    };
  }

  @Get('admin/dead-letters')
  @ApiOperation({ summary: 'Jobs that failed their last attempt (admin)' })
  @Answer(200, 'The newest 200, last failed first', [DeadLetterResponse])
  deadLetterList(@CurrentActor() actor: Actor): Promise<DeadLetterResponse[]> {
    return this.deadLetters.list(actor);
  }

  @Post('admin/dead-letters/:id/retry')
  @HttpCode(200)
  @ApiOperation({ summary: 'Send a dead-lettered job again (admin)' })
  @Answer(200, 'Queued again through the outbox, as a new job', DeadLetterRetriedResponse)
  retry(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string): Promise<DeadLetterRetriedResponse> {
    return this.deadLetters.retry(actor, id);
  }
}
