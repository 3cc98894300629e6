import { LOCALES, ROLES } from '@kyodo/platform';
import { dateTime, ref, uuid, type SchemaObject } from '../openapi/answers';
import { AUDIT_SCHEMAS } from './audit.answers';

const role: SchemaObject = { type: 'string', enum: [...ROLES] };
const position: SchemaObject = {
  type: 'string',
  enum: ['member', 'chair'],
  description: 'chair: 委員長 (holds the committee_chair role); member: 委員 (committee_member)',
};

/** The account as stored, without the password hash; the directory listing adds the roles. */
const userProperties: Record<string, SchemaObject> = {
  id: uuid,
  municipalityId: { ...uuid, nullable: true, description: 'null only for platform operators' },
  email: { type: 'string', format: 'email', description: 'Lower-cased; unique across the deployment' },
  displayName: { type: 'string' },
  locale: { type: 'string', enum: [...LOCALES] },
  platformAdmin: { type: 'boolean', description: 'The platform operator (creates municipalities)' },
  active: { type: 'boolean' },
  createdAt: dateTime,
};
const userRequired = Object.keys(userProperties);

/** What the directory operations (municipalities, organisations, users, committees, activity fields) answer. */
export const ADMIN_SCHEMAS: Record<string, SchemaObject> = {
  Municipality: {
    type: 'object',
    required: ['id', 'code', 'nameJa', 'nameEn', 'namesCommittee', 'createdAt'],
    properties: {
      id: uuid,
      code: { type: 'string', description: '全国地方公共団体コード or another unique short code' },
      nameJa: { type: 'string' },
      nameEn: { type: 'string' },
      namesCommittee: { type: 'boolean', description: 'Whether published assessments name the committee members' },
      createdAt: dateTime,
    },
  },
  Organization: {
    type: 'object',
    required: ['id', 'municipalityId', 'kind', 'nameJa', 'nameEn', 'createdAt'],
    properties: {
      id: uuid,
      municipalityId: uuid,
      kind: {
        type: 'string',
        enum: ['group', 'department', 'intermediary'],
        description:
          'group: a citizen group (市民活動団体); department: a municipal department (担当課); intermediary: 中間支援組織',
      },
      nameJa: { type: 'string' },
      nameEn: { type: 'string' },
      createdAt: dateTime,
    },
  },
  OrganizationMembership: {
    type: 'object',
    description: 'A role a user holds in a municipality, here on behalf of an organisation',
    required: ['id', 'municipalityId', 'userId', 'organizationId', 'role', 'createdAt'],
    properties: {
      id: uuid,
      municipalityId: uuid,
      userId: uuid,
      organizationId: { ...uuid, nullable: true, description: 'null for roles not held through an organisation' },
      role,
      createdAt: dateTime,
    },
  },
  User: { type: 'object', required: userRequired, properties: userProperties },
  MunicipalityAdministrator: {
    type: 'object',
    description: 'An administrator the platform operator registered for a municipality',
    required: ['user', 'organization', 'membership'],
    properties: {
      user: ref('User'),
      // Their department, created with them, and the admin role held in it.
      organization: ref('Organization'),
      membership: ref('OrganizationMembership'),
    },
  },
  UserWithRoles: {
    type: 'object',
    required: [...userRequired, 'roles', 'memberships'],
    properties: {
      ...userProperties,
      roles: { type: 'array', items: role, description: 'Distinct roles the user holds in the municipality' },
      memberships: {
        type: 'array',
        description: 'Each role with the organisation it is held in',
        items: {
          type: 'object',
          required: ['role', 'organizationId'],
          properties: {
            role,
            organizationId: { ...uuid, nullable: true, description: 'null for committee roles' },
          },
        },
      },
    },
  },
  Committee: {
    type: 'object',
    description: 'An evaluation committee (評価委員会)',
    required: ['id', 'municipalityId', 'nameJa', 'nameEn', 'createdAt'],
    properties: {
      id: uuid,
      municipalityId: uuid,
      nameJa: { type: 'string' },
      nameEn: { type: 'string' },
      createdAt: dateTime,
    },
  },
  CommitteeMember: {
    type: 'object',
    required: ['committeeId', 'userId', 'municipalityId', 'position', 'affiliation', 'createdAt'],
    properties: {
      committeeId: uuid,
      userId: uuid,
      municipalityId: uuid,
      position,
      affiliation: {
        type: 'string',
        nullable: true,
        description: '学識経験者, 市民委員, 第三者委員 … shown when the committee is named',
      },
      createdAt: dateTime,
    },
  },
  CommitteeWithMembers: {
    type: 'object',
    required: ['id', 'nameJa', 'nameEn', 'members'],
    properties: {
      id: uuid,
      nameJa: { type: 'string' },
      nameEn: { type: 'string' },
      members: {
        type: 'array',
        description: 'The chair first, then by name',
        items: {
          type: 'object',
          required: ['userId', 'displayName', 'position', 'affiliation'],
          properties: {
            userId: uuid,
            displayName: { type: 'string' },
            position,
            affiliation: { type: 'string', nullable: true },
          },
        },
      },
    },
  },
  ActivityField: {
    type: 'object',
    description: 'An activity field (活動分野) of the municipality',
    required: ['municipalityId', 'key', 'labelJa', 'labelEn', 'position'],
    properties: {
      municipalityId: uuid,
      key: { type: 'string', pattern: '^[a-z][a-z0-9_]{0,49}$', description: 'Stable key proposals refer to' },
      labelJa: { type: 'string' },
      labelEn: { type: 'string' },
      position: { type: 'integer', minimum: 0, description: 'Order in the list, from 0' },
    },
  },
  ...AUDIT_SCHEMAS,
};
