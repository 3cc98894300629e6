export { DisclosureModule } from './disclosure.module';
export { BuildPublication } from './build-publication.use-case';
export { PublicService, OPEN_DATA_COLUMNS, type PublicListQuery } from './public.service';
export { toCsv } from './csv';
