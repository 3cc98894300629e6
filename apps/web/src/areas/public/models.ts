import type { Schema } from '../../api/models';

/** What the public API answers, named from the API's document (openapi.gen.ts): a changed answer fails the check. */
export type PublicMunicipality = Schema<'PublicMunicipality'>;

export type PublicCall = Schema<'PublicCall'>;

export type Origin = Schema<'PublicProposalSummary'>['origin'];
export type Outcome = Schema<'PublicationPackageDecision'>['outcome'];

export type PublicProposalSummary = Schema<'PublicProposalSummary'>;

/** GET /api/v1/public/proposals: one page of disclosed proposals. */
export type PublicProposalPage = Schema<'PublicProposalPage'>;

/** The published aggregate carries how ties and conflicts were handled, which the desk's does not. */
export type PublicStageResult = Schema<'PublicationStageResult'>;

/** One immutable disclosure package (libs/disclosure/src/build-publication.use-case.ts). */
export type PublicPackage = Schema<'PublicationPackage'>;

/** Where a published total was tied: the call's rule and whether it ordered the tie. */
export type PublicTieBreak = Schema<'TieBreak'>;

export type PublishedVersionInfo = Pick<Schema<'PublicationVersion'>, 'version' | 'publishedAt' | 'correctionReason'>;

export type PublicProposalRecord = Schema<'PublicProposal'>;

export type PublicStatistics = Schema<'PublicStatistics'>;

/** One row of the funnel: a year (null for all years), a dimension and a key, every stage counted, two rates. */
export type FunnelRow = Schema<'PublicFunnelRow'>;

export type ProposalType = Schema<'PublicProposalSummary'>['proposalType'];

/** A package's proposal type; one published before the type was stored says it by naming a theme or not. */
export function proposalTypeOfPackage(proposal: PublicPackage['proposal']): ProposalType {
  return proposal.proposalType ?? (proposal.theme ? 'theme' : 'free');
}

/** The activity fields that have proposals, in the municipality's order, as the funnel counts them over all years. */
export function fieldsOf(stats: PublicStatistics | undefined): FunnelRow[] {
  return (stats?.funnel ?? []).filter((r) => r.fiscalYear === null && r.dimension === 'field');
}

/** The fiscal years that have received proposals, newest first. */
export function yearsOf(stats: PublicStatistics | undefined): number[] {
  return (stats?.funnel ?? []).flatMap((r) => (r.fiscalYear !== null && r.dimension === 'total' ? [r.fiscalYear] : []));
}

/** A municipality's names, the secretariat's contact (お問い合わせ先) and emblem, for the portal's header and footer. */
export type PublicMunicipalityProfile = Schema<'PublicMunicipalityProfile'>;
