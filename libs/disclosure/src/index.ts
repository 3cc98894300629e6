export { DisclosureModule } from './disclosure.module';
export { BuildPublication } from './build-publication.use-case';
export { PublicService, type PublicListQuery } from './public.service';
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
