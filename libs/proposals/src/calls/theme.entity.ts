import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** 市提案テーマ: a department's posted theme inside a call. */
@Entity('themes')
export class ThemeEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'municipality_id' }) municipalityId: string;
  @Column('uuid', { name: 'call_id' }) callId: string;
  @Column('uuid', { name: 'department_id' }) departmentId: string;
  @Column('text', { name: 'title_ja' }) titleJa: string;
  @Column('text', { name: 'title_en' }) titleEn: string;
  @Column('text', { name: 'description_ja', default: '' }) descriptionJa: string;
  @Column('text', { name: 'description_en', default: '' }) descriptionEn: string;
  @Column('uuid', { name: 'created_by' }) createdBy: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
