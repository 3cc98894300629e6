import type { components } from './openapi.gen';

/**
 * Response shapes as the web reads them, named from the API's document (openapi.gen.ts). Each area declares the
 * responses it reads by augmenting this interface in its own file (responses-check.ts holds every entry to the
 * answer the OpenAPI document gives):
 *
 *   declare module '../../api/models' { interface Responses { 'GET /api/v1/calls': Page<Call> } }
 *
 * An operation not listed here answers `unknown`, which forces the caller to look before it uses a field.
 */
// oxlint-disable-next-line no-empty-interface
export interface Responses {
  'POST /api/v1/auth/login': TokenPair;
  'POST /api/v1/auth/refresh': TokenPair;
  'GET /api/v1/me': Me;
  'GET /api/v1/activity-fields': ActivityField[];
  'PUT /api/v1/activity-fields': ActivityField[];
}

/** A named schema of the API's document. */
export type Schema<Name extends keyof components['schemas']> = components['schemas'][Name];

/**
 * One of the municipality's activity fields (活動分野), as proposers choose them and the administrator keeps them:
 * the members a page reads and writes back (the answer also carries the municipality and the position).
 */
export type ActivityField = Pick<Schema<'ActivityField'>, 'key' | 'labelJa' | 'labelEn'>;

export type TokenPair = Schema<'TokenPair'>;

export type Me = Schema<'Me'>;

export type Role = Me['roles'][number];

export type Membership = Schema<'MeMembership'>;

/** Cursor pages as every list of the API returns them (the document names one page schema per item). */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** A text in both languages, as the API gives titles and names (`{ ja, en }`). */
export type LocalizedText = Schema<'LocalizedText'>;
