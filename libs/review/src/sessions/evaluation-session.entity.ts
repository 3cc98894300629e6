import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { MeetingClock } from '../meeting-clock';
import type { Stage } from '../rubric-definition';

/** One item of a session's agenda: its slot, the members who leave the room for it, its invited guests. */
export interface AgendaItem {
  proposalId: string;
  startsAt: string;
  questionsAt: string;
  endsAt: string;
  recused: string[];
  guests: SessionGuest[];
}

export interface SessionGuest {
  kind: 'department' | 'presenter';
  proposalId: string;
  name: string;
  organizationId?: string;
}

/** 合同評価会議: a committee meeting with its agenda, attendance, minutes and shared slot timer. */
@Entity('evaluation_sessions')
export class EvaluationSessionEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'municipality_id' }) municipalityId: string;
  @Column('uuid', { name: 'call_id' }) callId: string;
  @Column('uuid', { name: 'committee_id' }) committeeId: string;
  @Column('text') stage: Stage;
  @Column('timestamptz', { name: 'starts_at' }) startsAt: Date;
  @Column('text') place: string;
  @Column('int') quorum: number;
  @Column('jsonb', { name: 'slot_minutes' }) slotMinutes: { presentation: number; questions: number };
  @Column('jsonb') agenda: AgendaItem[];
  @Column('uuid', { array: true, default: '{}' }) present: string[];
  @Column('text', { nullable: true }) minutes: string | null;
  @Column('jsonb', { default: [] }) guests: SessionGuest[];
  @Column('jsonb', { nullable: true }) clock: MeetingClock | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
