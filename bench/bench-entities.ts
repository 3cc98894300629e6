import { AuditEventEntity, AuditHeadEntity } from '@kyodo/audit';
import { PublicationEntity } from '@kyodo/disclosure';
import { IDENTITY_ENTITIES } from '@kyodo/identity';
import { PROPOSALS_ENTITIES } from '@kyodo/proposals';
import { OutboxMessageEntity } from '@kyodo/queues';
import { ReportEntity } from '@kyodo/reports';
import { REVIEW_ENTITIES } from '@kyodo/review';

/**
 * The bench opens its own data source, before any Nest context, so no `TypeOrmModule.forFeature` registers the owning
 * libraries' entities for it: the repositories the context wires on it (`contextOn`) read through this metadata.
 */
export const BENCH_ENTITIES = [
  ...IDENTITY_ENTITIES,
  ...PROPOSALS_ENTITIES,
  ...REVIEW_ENTITIES,
  PublicationEntity,
  AuditEventEntity,
  AuditHeadEntity,
  OutboxMessageEntity,
  ReportEntity,
];
