import type { Role } from '@kyodo/platform';

/** Roles that see unpublished proposals, scores or the directory: the ones a municipality may hold to a second factor. */
export const STAFF_ROLES: readonly Role[] = ['secretariat', 'admin', 'reviewer', 'committee_member', 'committee_chair'];

/**
 * Whether this account must sign in with a second factor: the platform operator when the deployment says so (the
 * default), staff of a municipality that requires it. Groups (proposers) never: they keep passwords.
 */
export function secondFactorRequired(
  account: { platformAdmin: boolean; roles: readonly Role[] },
  policy: { operator: boolean; staffOfMunicipality: boolean },
): boolean {
  if (account.platformAdmin) return policy.operator;
  return policy.staffOfMunicipality && account.roles.some((role) => STAFF_ROLES.includes(role));
}
