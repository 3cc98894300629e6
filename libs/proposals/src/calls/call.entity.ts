import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { PartnershipForm } from '@kyodo/platform';

/** 募集回: one round of the scheme. */
@Entity('calls')
export class CallEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'municipality_id' }) municipalityId: string;
  /** 実施年度: the fiscal year the adopted projects run in. */
  @Column('int', { name: 'fiscal_year' }) fiscalYear: number;
  /** 募集年度: the fiscal year the call recruits in; the year before 実施年度 for schemes that recruit ahead. */
  @Column('int', { name: 'recruitment_fiscal_year' }) recruitmentFiscalYear: number;
  @Column('text', { name: 'title_ja' }) titleJa: string;
  @Column('text', { name: 'title_en' }) titleEn: string;
  @Column('text', { name: 'description_ja', default: '' }) descriptionJa: string;
  @Column('text', { name: 'description_en', default: '' }) descriptionEn: string;
  @Column('bigint', {
    name: 'max_requested_amount',
    nullable: true,
    transformer: { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) },
  })
  maxRequestedAmount: number | null;
  /** 協働の形態 the call funds (the agreement's vocabulary); null when the call does not say. */
  @Column('text', { name: 'partnership_form', nullable: true }) partnershipForm: PartnershipForm | null;
  /** 補助率: the requested amount is at most numerator/denominator of the expenses (経費の3分の2以内). */
  @Column('int', { name: 'subsidy_ratio_numerator', nullable: true }) subsidyRatioNumerator: number | null;
  @Column('int', { name: 'subsidy_ratio_denominator', nullable: true }) subsidyRatioDenominator: number | null;
  /** The cap of each year of a continuing project (index 0 = first year; later years take the last); empty = none. */
  @Column('bigint', {
    name: 'yearly_caps',
    array: true,
    default: '{}',
    transformer: { to: (v: number[]) => v, from: (v: Array<string | number> | null) => (v ?? []).map(Number) },
  })
  yearlyCaps: number[];
  @Column('timestamptz', { name: 'submission_opens_at' }) submissionOpensAt: Date;
  @Column('timestamptz', { name: 'submission_closes_at' }) submissionClosesAt: Date;
  @Column('boolean', { name: 'consultation_required', default: false }) consultationRequired: boolean;
  @Column('boolean', { name: 'provisional_adoption', default: false }) provisionalAdoption: boolean;
  @Column('boolean', { name: 'pre_consultation', default: false }) preConsultation: boolean;
  @Column('text', { name: 'eligibility_ja', default: '' }) eligibilityJa: string;
  @Column('text', { name: 'eligibility_en', default: '' }) eligibilityEn: string;
  @Column('text', { name: 'exclusions_ja', default: '' }) exclusionsJa: string;
  @Column('text', { name: 'exclusions_en', default: '' }) exclusionsEn: string;
  /** Keys of the municipality's activity fields in scope; empty means all. */
  @Column('text', { name: 'activity_fields', array: true, default: '{}' }) activityFields: string[];
  @Column('timestamptz', { name: 'screening_at', nullable: true }) screeningAt: Date | null;
  @Column('timestamptz', { name: 'review_deadline_at', nullable: true }) reviewDeadlineAt: Date | null;
  @Column('timestamptz', { name: 'joint_evaluation_at', nullable: true }) jointEvaluationAt: Date | null;
  @Column('timestamptz', { name: 'publication_at', nullable: true }) publicationAt: Date | null;
  /** Moves to closed_for_submission when the submission deadline timer fires. */
  @Column('text', { default: 'accepting' }) phase: 'accepting' | 'closed_for_submission';
  @Column('int', { default: 1 }) version: number;
  /** 一斉通知: decision notices wait until the secretariat releases them for the whole call. */
  @Column('boolean', { name: 'hold_decision_notices', default: false }) holdDecisionNotices: boolean;
  /** Conflict rule, adoption line, stage combination, project-evaluation weights. */
  @Column('jsonb', { name: 'evaluation_settings', default: {} }) evaluationSettings: Record<string, unknown>;
  /** 継続提案: whether a proposal may continue a project adopted in an earlier call. */
  @Column('boolean', { name: 'continuation_allowed', default: false }) continuationAllowed: boolean;
  /** The most consecutive years a project may run, its first year counting as 1 (used when continuation is allowed). */
  @Column('int', { name: 'continuation_max_years', default: 3 }) continuationMaxYears: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
