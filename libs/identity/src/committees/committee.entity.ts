import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

@Entity('committees')
export class CommitteeEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'municipality_id' }) municipalityId: string;
  @Column('text', { name: 'name_ja' }) nameJa: string;
  @Column('text', { name: 'name_en' }) nameEn: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
