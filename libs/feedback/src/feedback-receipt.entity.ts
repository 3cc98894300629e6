import { Entity, PrimaryColumn } from 'typeorm';

/** That an account has answered a stage of a proposal (so that nobody answers twice); nothing of what it answered. */
@Entity('feedback_receipts')
export class FeedbackReceiptEntity {
  @PrimaryColumn('uuid', { name: 'user_id' }) userId: string;
  @PrimaryColumn('uuid', { name: 'proposal_id' }) proposalId: string;
  @PrimaryColumn('text') stage: string;
}
