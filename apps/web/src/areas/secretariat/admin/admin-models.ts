import type { Schema } from '../../../api/models';

/** What POST /api/v1/users answers (the user, without roles: those are granted by membership). */
export type CreatedUser = Schema<'User'>;

/** A user as GET /users lists it, with each role and the organisation it is held in. */
export type DirectoryUser = Schema<'UserWithRoles'>;
