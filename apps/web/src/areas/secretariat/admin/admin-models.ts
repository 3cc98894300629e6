import type { Role } from '../../../api/models';
import type { Committee, Organization, User } from '../models';

/** What the administrator's POSTs answer, as far as the pages read them. */
export interface CreatedUser {
  id: string;
  email: string;
  displayName: string;
}

/** A user as GET /users lists it, with each role and the organisation it is held in. */
export interface DirectoryUser extends User {
  memberships: Array<{ role: Role; organizationId: string | null }>;
}

declare module '../../../api/models' {
  interface Responses {
    'POST /api/v1/organizations': Organization;
    'POST /api/v1/users': CreatedUser;
    'POST /api/v1/committees': Omit<Committee, 'members'>;
    'POST /api/v1/organizations/{id}/members': unknown;
    'POST /api/v1/committees/{id}/members': unknown;
  }
}
