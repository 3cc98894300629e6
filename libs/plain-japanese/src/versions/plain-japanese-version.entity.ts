import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Which published text a やさしい日本語 version translates. */
export const PLAIN_JAPANESE_SUBJECTS = ['call_description'] as const;
export type PlainJapaneseSubject = (typeof PLAIN_JAPANESE_SUBJECTS)[number];

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
