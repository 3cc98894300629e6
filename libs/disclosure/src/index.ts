export { DisclosureModule } from './disclosure.module';
export { BuildPublication } from './build-publication.use-case';
export { PublicService, type PublicListQuery, type OpenDataScope } from './public.service';
export type { CsvEncoding } from './open-data-files';
export { type FunnelRow, type FunnelDimension } from './statistics/funnel';
export { FUNNEL_COLUMNS } from './statistics/funnel-csv';
export { toCp932, CP932_REPLACEMENT } from './encoding/cp932';
export { OPEN_DATA_COLUMNS } from './open-data-columns';
export { toCsv } from './csv';
export { OPEN_DATA_JSON_SCHEMA, OPEN_DATA_README } from './open-data-schema';
export { CorrectPublication } from './correct-publication.use-case';
export { PublicationEntity } from './publications/publication.entity';
export {
  PublicationRepository,
  LATEST_VERSION,
  type DecisionListFilter,
  type ListedDecision,
  type NewPublication,
  type PublicationKind,
  type PublicationVersion,
} from './publications/publication.repository';
export type { PackageView } from './publications/publication-package';
export {
  ContinuationRecord,
  type ContinuationWithRecord,
  type PredecessorRecord,
} from './continuation-record.use-case';
export { publicationSearchText, searchQuery } from './publications/publication-search';
export { ComparisonService } from './comparison/comparison.service';
export { COMPARISON_COLUMNS, type ComparisonRecord, type ComparisonSummary } from './comparison/comparison-dataset';
export { COMPARISON_JSON_SCHEMA } from './comparison/comparison-schema';
export { achievementPercent } from './project-assessment';
