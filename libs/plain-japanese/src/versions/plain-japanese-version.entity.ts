import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Which published text a やさしい日本語 version translates: a call's description (subject_id: the call), or a proposal's
 * published 講評 — the decision's comment or the end-of-term assessment's comment (subject_id: the proposal).
 */
export const PLAIN_JAPANESE_SUBJECTS = ['call_description', 'decision_comment', 'assessment_comment'] as const;
export type PlainJapaneseSubject = (typeof PLAIN_JAPANESE_SUBJECTS)[number];
/** The texts of a proposal's published packages that can have a version. */
export const PROPOSAL_COMMENT_SUBJECTS = ['decision_comment', 'assessment_comment'] as const;
export type ProposalCommentSubject = (typeof PROPOSAL_COMMENT_SUBJECTS)[number];

/** The やさしい日本語 version of a published text, shown beside the original. */
@Entity('plain_japanese_versions')
export class PlainJapaneseVersionEntity {
  @PrimaryColumn('text') subject: PlainJapaneseSubject;
  @PrimaryColumn('uuid', { name: 'subject_id' }) subjectId: string;
  @Column('uuid', { name: 'municipality_id' }) municipalityId: string;
  @Column('text') text: string;
  @Column('uuid', { name: 'updated_by' }) updatedBy: string;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt: Date;
}
