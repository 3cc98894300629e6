import type { LocalizedText, Schema } from '../../api/models';
import type { Stage } from '../../api/review-models';

/** The review's shapes are shared with the other areas (api/review-models.ts). */
export type { Criterion, Rubric as RubricDefinition, Stage } from '../../api/review-models';

/** The console's answers, named from the API's document (openapi.gen.ts): a changed answer fails the type check. */
export type Call = Schema<'Call'>;

export type Theme = Schema<'Theme'>;

export type Proposal = Schema<'Proposal'>;

/** A call's rubric for one stage as stored (GET/PUT /api/v1/calls/{id}/rubrics/{stage}). */
export type StoredRubric = Schema<'Rubric'>;

export const STAGES: Stage[] = ['document', 'presentation', 'project_end'];

export type Assignment = Schema<'Assignment'>;

/** One proposal's row in a stage of GET /api/v1/calls/{id}/results. */
export type StageResult = Schema<'ResultsStageEntry'>;

export type CallResults = Schema<'CallResults'>;

/** A session as POST /api/v1/calls/{id}/sessions answers it. */
export type Session = Schema<'SessionCreated'>;

export type Report = Schema<'Report'>;

export type DeadLetter = Schema<'DeadLetter'>;

/** A user as GET /api/v1/users lists it, with the roles held. */
export type User = Schema<'UserWithRoles'>;

/** An assignment of a proposal as GET /proposals/{id}/assignments lists it (never scores). */
export type ProposalAssignment = Schema<'AssignmentOfProposal'>;

/** A committee as GET /api/v1/committees lists it, with its members. */
export type Committee = Schema<'CommitteeWithMembers'>;

export type Organization = Schema<'Organization'>;

export type TemplatePreview = Schema<'TemplatePreview'>;

export type { LocalizedText };
