import type { components } from './openapi.gen';

/** A named schema of the API's document: every answer type of the web is one of these (or a Pick of one). */
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
export type Page<T> = Omit<Schema<'ProposalPage'>, 'items'> & { items: T[] };

/** A text in both languages, as the API gives titles and names (`{ ja, en }`). */
export type LocalizedText = Schema<'LocalizedText'>;
