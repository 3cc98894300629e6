import { Foundation1763800000000 } from './1763800000000-foundation';
import { Lifecycle1763900000000 } from './1763900000000-lifecycle';
import { AuditHeadsAttachments1764000000000 } from './1764000000000-audit-heads-attachments';
import { Review1764100000000 } from './1764100000000-review';
import { NotificationChannels1764200000000 } from './1764200000000-notification-channels';
import { Publications1764300000000 } from './1764300000000-publications';
import { Reports1764400000000 } from './1764400000000-reports';
import { PublicListIndex1764500000000 } from './1764500000000-public-list-index';
import { DeadLetterTenancy1764600000000 } from './1764600000000-dead-letter-tenancy';
import { IdempotencyKeys1764650000000 } from './1764650000000-idempotency-keys';
import { ConsensusVersion1764660000000 } from './1764660000000-consensus-version';
import { SessionClock1764670000000 } from './1764670000000-session-clock';
import { DeliveryLogKeys1764680000000 } from './1764680000000-delivery-log-keys';
import { DeliveryLogWrites1764690000000 } from './1764690000000-delivery-log-writes';
import { NoticeEmailState1764700000000 } from './1764700000000-notice-email-state';
import { CallDocumentsContact1764810000000 } from './1764810000000-call-documents-contact';
import { Partnership1764817000000 } from './1764817000000-partnership';
import { PlanChangesResults1764903170000 } from './1764903170000-plan-changes-results';
import { AgreementReportKind1764817100000 } from './1764817100000-agreement-report-kind';
import { ProposalContinuation1764917000000 } from './1764917000000-proposal-continuation';
import { PlanChangeTerms1764930000000 } from './1764930000000-plan-change-terms';
import { AccountSecurity1765000000000 } from './1765000000000-account-security';
import { EmailChanges1765000100000 } from './1765000100000-email-changes';
import { Totp1765000200000 } from './1765000200000-totp';
import { GroupRegistrations1765000300000 } from './1765000300000-group-registrations';
import { Oidc1765000400000 } from './1765000400000-oidc';
import { Blobs1765000500000 } from './1765000500000-blobs';
import { EmailChangePrevious1765000600000 } from './1765000600000-email-change-previous';
import { ComparisonOptIn1765001200000 } from './1765001200000-comparison-opt-in';
import { PlainJapaneseComments1765001300000 } from './1765001300000-plain-japanese-comments';
import { BlobLocation1765000700000 } from './1765000700000-blob-location';
import { SchemeFeedback1765000900000 } from './1765000900000-scheme-feedback';
import { PartnersAndContacts1764990000000 } from './1764990000000-partners-and-contacts';
import { RubricScoringMethod1764950000000 } from './1764950000000-rubric-scoring-method';
import { ProposalType1764931800000 } from './1764931800000-proposal-type';
import { CallYearsAndMoney1764941800000 } from './1764941800000-call-years-and-money';
import { PublicationSearch1764941900000 } from './1764941900000-publication-search';
import { FuriganaReadings1765001000000 } from './1765001000000-furigana-readings';

/** In order. Never edit a committed migration; add a new one. */
export const MIGRATIONS = [
  Foundation1763800000000,
  Lifecycle1763900000000,
  AuditHeadsAttachments1764000000000,
  Review1764100000000,
  NotificationChannels1764200000000,
  Publications1764300000000,
  Reports1764400000000,
  PublicListIndex1764500000000,
  DeadLetterTenancy1764600000000,
  IdempotencyKeys1764650000000,
  ConsensusVersion1764660000000,
  SessionClock1764670000000,
  DeliveryLogKeys1764680000000,
  DeliveryLogWrites1764690000000,
  NoticeEmailState1764700000000,
  CallDocumentsContact1764810000000,
  Partnership1764817000000,
  AgreementReportKind1764817100000,
  PlanChangesResults1764903170000,
  ProposalContinuation1764917000000,
  PlanChangeTerms1764930000000,
  ProposalType1764931800000,
  CallYearsAndMoney1764941800000,
  PublicationSearch1764941900000,
  RubricScoringMethod1764950000000,
  PartnersAndContacts1764990000000,
  AccountSecurity1765000000000,
  EmailChanges1765000100000,
  Totp1765000200000,
  GroupRegistrations1765000300000,
  Oidc1765000400000,
  Blobs1765000500000,
  EmailChangePrevious1765000600000,
  BlobLocation1765000700000,
  SchemeFeedback1765000900000,
  FuriganaReadings1765001000000,
  ComparisonOptIn1765001200000,
  PlainJapaneseComments1765001300000,
];
