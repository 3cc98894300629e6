/**
 * The query keys, one family per resource, named after the API's paths. A write invalidates the family of what
 * it changed (a prefix invalidates every key below it: `keys.proposal(id)` covers its attachments too).
 */
export const keys = {
  public: {
    all: ['public'] as const,
    municipalities: () => ['public', 'municipalities'] as const,
    municipality: (code: string) => ['public', 'municipalities', code] as const,
    activityFields: (code: string) => ['public', 'municipalities', code, 'activity-fields'] as const,
    calls: (municipality: string) => ['public', 'calls', municipality] as const,
    statistics: (municipality: string) => ['public', 'statistics', municipality] as const,
    proposals: (query: Record<string, unknown>) => ['public', 'proposals', query] as const,
    proposal: (id: string) => ['public', 'proposal', id] as const,
    version: (id: string, kind: string, version: string) => ['public', 'proposal', id, kind, version] as const,
  },
  me: {
    notifications: () => ['me', 'notifications'] as const,
    unread: (pathname: string) => ['me', 'notifications', 'unread', pathname] as const,
    preferences: () => ['me', 'notification-preferences'] as const,
    assignments: () => ['me', 'assignments'] as const,
    account: () => ['me', 'account'] as const,
    sessions: () => ['me', 'sessions'] as const,
  },
  calls: {
    all: ['calls'] as const,
    list: () => ['calls', 'list'] as const,
    one: (id: string) => ['calls', id] as const,
    proposals: (id: string) => ['calls', id, 'proposals'] as const,
    proposalList: (id: string) => ['calls', id, 'proposal-list'] as const,
    rubric: (id: string, stage: string) => ['calls', id, 'rubrics', stage] as const,
    themes: (id: string) => ['calls', id, 'themes'] as const,
    documents: (id: string) => ['calls', id, 'documents'] as const,
    results: (id: string) => ['calls', id, 'results'] as const,
    publication: (id: string) => ['calls', id, 'publication'] as const,
    sessionForm: (id: string) => ['calls', id, 'session-form'] as const,
  },
  proposals: {
    all: ['proposals'] as const,
    mine: () => ['proposals', 'mine'] as const,
    workspace: (id: string) => ['proposals', id, 'workspace'] as const,
    one: (id: string) => ['proposals', id] as const,
    attachments: (id: string) => ['proposals', id, 'attachments'] as const,
    assignments: (id: string) => ['proposals', id, 'assignments'] as const,
    scores: (id: string) => ['proposals', id, 'scores'] as const,
    continuation: (id: string) => ['proposals', id, 'continuation'] as const,
    partners: (id: string) => ['proposals', id, 'partners'] as const,
    continuationCandidates: (callId: string, organizationId: string) =>
      ['proposals', 'continuation-candidates', callId, organizationId] as const,
    screening: (id: string) => ['proposals', id, 'screening'] as const,
    consultations: () => ['proposals', 'consultations'] as const,
    consultation: (id: string) => ['proposals', id, 'consultation'] as const,
    versions: (id: string) => ['proposals', id, 'versions'] as const,
    versionDiff: (id: string, from: number, to: number) => ['proposals', id, 'versions', from, to] as const,
  },
  assignments: {
    sheet: (id: string) => ['assignments', id, 'score-sheet'] as const,
  },
  sessions: {
    all: ['sessions'] as const,
    list: () => ['sessions', 'list'] as const,
    meeting: (id: string) => ['sessions', id, 'meeting'] as const,
  },
  reports: {
    all: ['reports'] as const,
    list: () => ['reports', 'list'] as const,
  },
  organizations: {
    /** Every organisation of the municipality (names and kinds; no contact details). */
    list: () => ['organizations', 'list'] as const,
    /** 団体情報 of one organisation, with its contact details. */
    profile: (id: string) => ['organizations', id, 'profile'] as const,
  },
  admin: {
    deadLetters: () => ['admin', 'dead-letters'] as const,
    groupRegistrations: (status: string) => ['admin', 'group-registrations', status] as const,
    groupRegistration: (id: string) => ['admin', 'group-registrations', 'one', id] as const,
    templates: () => ['admin', 'templates'] as const,
    dashboard: () => ['admin', 'dashboard'] as const,
    users: () => ['admin', 'users'] as const,
    userList: () => ['admin', 'users', 'all'] as const,
    usersPage: () => ['admin', 'users', 'page'] as const,
    usersWithRoles: (roles: string) => ['admin', 'users', roles] as const,
    organizations: () => ['admin', 'organizations'] as const,
    committees: () => ['admin', 'committees'] as const,
    committeesPage: () => ['admin', 'committees', 'page'] as const,
    activityFields: () => ['admin', 'activity-fields'] as const,
    municipalitySettings: () => ['admin', 'municipality-settings'] as const,
    rubricTemplates: () => ['admin', 'rubric-templates'] as const,
    municipalities: () => ['platform', 'municipalities'] as const,
  },
} as const;
