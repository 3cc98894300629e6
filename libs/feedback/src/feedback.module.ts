import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ProposalsModule } from '@kyodo/proposals';
import { FeedbackAnswerEntity } from './feedback-answer.entity';
import { FeedbackReceiptEntity } from './feedback-receipt.entity';
import { FeedbackRepository } from './feedback.repository';
import { FeedbackService } from './feedback.service';

export const FEEDBACK_ENTITIES = [FeedbackAnswerEntity, FeedbackReceiptEntity];

/** 制度の振り返りアンケート: the scheme asking those who took part how each stage went, anonymously. */
@Module({
  imports: [TypeOrmModule.forFeature(FEEDBACK_ENTITIES), ProposalsModule],
  providers: [FeedbackRepository, FeedbackService],
  exports: [FeedbackService],
})
export class FeedbackModule {}
