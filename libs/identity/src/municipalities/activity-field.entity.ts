import { Column, Entity, PrimaryColumn } from 'typeorm';

/** 活動分野: a municipality's list (the NPO Act's 20 fields unless configured). */
@Entity('activity_fields')
export class ActivityFieldEntity {
  @PrimaryColumn('uuid', { name: 'municipality_id' }) municipalityId: string;
  @PrimaryColumn('text') key: string;
  @Column('text', { name: 'label_ja' }) labelJa: string;
  @Column('text', { name: 'label_en' }) labelEn: string;
  @Column('int') position: number;
}
