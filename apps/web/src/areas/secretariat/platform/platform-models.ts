import type { Schema } from '../../../api/models';

/** A municipality (tenant) as the platform operator lists and registers them. */
export type Municipality = Schema<'Municipality'>;

/** A municipality's administrator as the operator registers them, with their section and the role held there. */
export type MunicipalityAdministrator = Schema<'MunicipalityAdministrator'>;
