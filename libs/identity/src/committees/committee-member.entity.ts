import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

@Entity('committee_members')
export class CommitteeMemberEntity {
  @PrimaryColumn('uuid', { name: 'committee_id' }) committeeId: string;
  @PrimaryColumn('uuid', { name: 'user_id' }) userId: string;
  @Column('uuid', { name: 'municipality_id' }) municipalityId: string;
  @Column('text') position: 'member' | 'chair';
  /** 学識経験者, 市民委員, 第三者委員 … free text shown when the committee is named. */
  @Column('text', { nullable: true }) affiliation: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
