export { MemoryModule } from './memory.module';
export { MemoryError, MemoryErrorCode } from './memory-errors';
export { type MemorySection, type ProposalSides, type SelfEvaluationDifference } from './memory-parties';
export { PartnershipMemory } from './partnership-memory/partnership-memory.use-case';
export type {
  MemoryKpi,
  MemoryOrganization,
  MemoryProject,
  MemorySummary,
  PartnershipMemoryView,
} from './partnership-memory/partnership-memory';
export { GroupTrackRecord } from './group-track-record/group-track-record.use-case';
export type { GroupTrackRecordView, TrackRecordKpi, TrackRecordProject } from './group-track-record/group-track-record';
