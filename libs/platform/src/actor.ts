export const ROLES = ['proposer', 'reviewer', 'committee_member', 'committee_chair', 'secretariat', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export interface Membership {
  organizationId: string | null;
  role: Role;
}

/**
 * Who is acting. Built by the auth guard from the token and the database on
 * every request; use cases take it as an argument and scope every query to
 * `municipalityId`.
 */
export interface Actor {
  userId: string;
  /** null only for the platform operator, who manages municipalities. */
  municipalityId: string | null;
  platformAdmin: boolean;
  roles: Role[];
  memberships: Membership[];
  locale: 'ja' | 'en';
  requestId: string;
  /**
   * The account still has the initial password an administrator handed out: the API refuses everything but reading
   * who one is, changing the password and signing out (see AuthGuard).
   */
  passwordChangeRequired?: boolean;
  /**
   * A second factor is required of this account (its municipality's staff policy, or the operator) and none is set
   * up yet: the API refuses the same routes as for `passwordChangeRequired` until an authenticator is enrolled.
   */
  mfaEnrollmentRequired?: boolean;
}

export function hasRole(actor: Actor, ...roles: Role[]): boolean {
  return roles.some((role) => actor.roles.includes(role));
}

export function organizationIdsFor(actor: Actor, role: Role): string[] {
  return actor.memberships
    .filter((m) => m.role === role && m.organizationId !== null)
    .map((m) => m.organizationId as string);
}
