import { ROLES } from '@kyodo/platform';
import type { SchemaObject } from '../openapi/answers';

/** What sign-in and "who am I" answer. */
export const AUTH_SCHEMAS: Record<string, SchemaObject> = {
  TokenPair: {
    type: 'object',
    required: ['accessToken', 'accessTokenExpiresAt', 'refreshToken', 'refreshTokenExpiresAt', 'tokenType'],
    properties: {
      accessToken: { type: 'string', description: 'Send as `Authorization: Bearer …`' },
      accessTokenExpiresAt: { type: 'string', format: 'date-time' },
      refreshToken: { type: 'string', description: 'Opaque; good for one refresh (a reused one revokes its family)' },
      refreshTokenExpiresAt: { type: 'string', format: 'date-time' },
      tokenType: { type: 'string', enum: ['Bearer'] },
    },
  },
  Me: {
    type: 'object',
    required: ['userId', 'municipalityId', 'platformAdmin', 'roles', 'memberships', 'locale'],
    properties: {
      userId: { type: 'string', format: 'uuid' },
      municipalityId: { type: 'string', format: 'uuid', nullable: true, description: 'null for the platform operator' },
      platformAdmin: { type: 'boolean' },
      roles: { type: 'array', items: { type: 'string', enum: [...ROLES] } },
      memberships: {
        type: 'array',
        items: {
          type: 'object',
          required: ['organizationId', 'role'],
          properties: {
            organizationId: { type: 'string', format: 'uuid', nullable: true },
            role: { type: 'string', enum: [...ROLES] },
          },
        },
      },
      locale: { type: 'string', enum: ['ja', 'en'] },
    },
  },
};
