/**
 * Response shapes as the web reads them. Each area declares the responses it reads by augmenting this interface in
 * its own file (responses-check.ts holds every entry to the answer the OpenAPI document gives):
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

/** One of the municipality's activity fields (活動分野), as proposers choose them and the administrator keeps them. */
export interface ActivityField {
  key: string;
  labelJa: string;
  labelEn: string;
}

export interface TokenPair {
  accessToken: string;
  accessTokenExpiresAt: string;
  refreshToken: string;
  refreshTokenExpiresAt: string;
}

export type Role = 'proposer' | 'reviewer' | 'committee_member' | 'committee_chair' | 'secretariat' | 'admin';

export interface Membership {
  organizationId: string | null;
  role: Role;
}

export interface Me {
  userId: string;
  municipalityId: string | null;
  platformAdmin: boolean;
  roles: Role[];
  memberships: Membership[];
  locale: 'ja' | 'en';
}

/** Cursor pages as every list of the API returns them. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface LocalizedText {
  ja: string;
  en: string;
}
