import { type DynamicModule, Module } from '@nestjs/common';
import { GroupRegistrationsController } from './registrations/group-registrations.controller';
import { PublicGroupRegistrationController } from './registrations/public-group-registration.controller';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { AuditModule } from '@kyodo/audit';
import { DisclosureModule } from '@kyodo/disclosure';
import { ReportsModule } from '@kyodo/reports';
import { PartnershipModule } from '@kyodo/partnership';
import { FeedbackModule } from '@kyodo/feedback';
import { MemoryModule } from '@kyodo/memory';
import { PlainJapaneseModule } from '@kyodo/plain-japanese';
import { IdentityModule } from '@kyodo/identity';
import { NotificationsModule } from '@kyodo/notifications';
import { PersistenceModule } from '@kyodo/persistence';
import { ProposalsModule } from '@kyodo/proposals';
import { ReviewModule } from '@kyodo/review';
import { AdminController } from './admin/admin.controller';
import { AuditController } from './admin/audit.controller';
import { AccountController } from './auth/account.controller';
import { MfaController } from './auth/mfa.controller';
import { OidcController } from './auth/oidc.controller';
import { SsoSettingsController } from './admin/sso-settings.controller';
import { AuthController } from './auth/auth.controller';
import { AuthGuard } from './auth/auth.guard';
import { AuthModule } from './auth/auth.module';
import { QueueDashboardModule } from './admin/queue-dashboard';
import { type ApiFace, controllersFor } from './http/api-face';
import { ConfigModule } from '@kyodo/config';
import { HealthController } from './health/health.controller';
import { ReadinessProbe } from './health/readiness.probe';
import { ProblemFilter } from './http/problem.filter';
import { IdempotencyInterceptor } from './http/idempotency.interceptor';
import { IdempotencyKeyEntity } from './http/idempotency-key.entity';
import { IdempotencyKeyRepository } from './http/idempotency-key.repository';
import { IdempotencyStore } from './http/idempotency-store';
import { PublicController } from './public/public.controller';
import { PublicComparisonController } from './public/public-comparison.controller';
import { PublicationsController } from './public/publications.controller';
import { NotificationsController } from './notifications/notifications.controller';
import { CallsController } from './proposals/calls.controller';
import { ProposalsController } from './proposals/proposals.controller';
import { ContinuationController } from './continuation/continuation.controller';
import { AttachmentsController } from './proposals/attachments.controller';
import { CallDocumentsController } from './proposals/call-documents.controller';
import { PublicCallDocumentsController } from './public/public-call-documents.controller';
import { PublicMunicipalityController } from './public/public-municipality.controller';
import { MunicipalitySettingsController } from './admin/municipality-settings.controller';
import { OrganizationContactController } from './admin/organization-contact.controller';
import { ReviewController } from './review/review.controller';
import { SessionsController } from './review/sessions.controller';
import { LiveAccess } from './review/live-access';
import { LiveSessions } from './review/session-live';
import { ReportsController } from './reports/reports.controller';
import { PartnershipController } from './partnership/partnership.controller';
import { PublicProgressController } from './partnership/public-progress.controller';
import { FeedbackController } from './feedback/feedback.controller';
import { PartnershipMemoryController } from './memory/partnership-memory.controller';
import { GroupTrackRecordController } from './memory/group-track-record.controller';
import { PlainJapaneseController } from './plain-japanese/plain-japanese.controller';
import { FuriganaReadingsController } from './plain-japanese/furigana-readings.controller';
import { PublicFuriganaController } from './public/public-furigana.controller';
import { PublicPlainJapaneseController } from './public/public-plain-japanese.controller';
import { PlainJapaneseVersionsController } from './plain-japanese/plain-japanese-versions.controller';
import { ProposalPlainJapaneseController } from './plain-japanese/proposal-plain-japanese.controller';

/** Every controller; the public face mounts those under its prefixes only (http/api-face.ts). */
const CONTROLLERS = [
  HealthController,
  AccountController,
  MfaController,
  AuthController,
  OidcController,
  AdminController,
  AuditController,
  CallsController,
  ProposalsController,
  ContinuationController,
  AttachmentsController,
  CallDocumentsController,
  PublicCallDocumentsController,
  PublicMunicipalityController,
  MunicipalitySettingsController,
  SsoSettingsController,
  OrganizationContactController,
  ReviewController,
  SessionsController,
  PublicController,
  PublicComparisonController,
  PublicationsController,
  NotificationsController,
  ReportsController,
  PartnershipController,
  PublicProgressController,
  PartnershipMemoryController,
  GroupTrackRecordController,
  PublicGroupRegistrationController,
  GroupRegistrationsController,
  FeedbackController,
  PlainJapaneseController,
  FuriganaReadingsController,
  PublicFuriganaController,
  PlainJapaneseVersionsController,
  ProposalPlainJapaneseController,
  PublicPlainJapaneseController,
];

@Module({
  imports: [
    ConfigModule,
    PersistenceModule,
    TypeOrmModule.forFeature([IdempotencyKeyEntity]),
    IdentityModule,
    ProposalsModule,
    NotificationsModule,
    AuditModule,
    ReviewModule,
    DisclosureModule,
    ReportsModule,
    PartnershipModule,
    FeedbackModule,
    MemoryModule,
    PlainJapaneseModule,
    AuthModule,
  ],
  providers: [
    ReadinessProbe,
    IdempotencyKeyRepository,
    IdempotencyStore,
    LiveSessions,
    LiveAccess,
    { provide: APP_GUARD, useClass: AuthGuard },
    { provide: APP_FILTER, useClass: ProblemFilter },
    { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
  ],
})
export class AppModule {
  /**
   * The application of one face: everything, or the public face only — its controllers alone, no queue dashboard —
   * so that a staff route is not mounted there at all (404, not 403).
   */
  static forFace(face: ApiFace): DynamicModule {
    return {
      module: AppModule,
      imports: face === 'public' ? [] : [QueueDashboardModule],
      controllers: controllersFor(face, CONTROLLERS),
    };
  }
}
