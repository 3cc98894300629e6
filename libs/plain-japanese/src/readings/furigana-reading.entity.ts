import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A reading the secretariat corrected: over this word the portal's ふりがな show this reading. */
@Entity('furigana_readings')
export class FuriganaReadingEntity {
  @PrimaryColumn('uuid', { name: 'municipality_id' }) municipalityId: string;
  @PrimaryColumn('text') word: string;
  @Column('text') reading: string;
  @Column('uuid', { name: 'updated_by' }) updatedBy: string;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt: Date;
}
