import type { JobPayloads } from '@kyodo/queues';
import { deliveryIdentity } from './delivery-key';
import type { renderMessage } from './message-catalogue';

type Job = JobPayloads['notify.proposal-event'];
type RenderedMessage = ReturnType<typeof renderMessage>;

/**
 * The batch's notice rows, gathered as it is planned, as the parameters of the one statement that writes them
 * (NotificationRepository.write): each distinct message once, and each recipient as a few array elements pointing at
 * it.
 */
export class NoticeRows {
  private readonly messages: Array<Record<string, unknown>> = [];
  private readonly ids: string[] = [];
  private readonly seen = new Set<string>();
  private readonly userIds: string[] = [];
  private readonly keys: string[] = [];
  private readonly digest: boolean[] = [];
  private readonly messageIndexes: number[] = [];
  private readonly emailTo: Array<string | null> = [];
  private readonly emailIds: string[] = [];

  /** Answers the message's index, which its recipients point at. */
  addMessage(job: Job, message: RenderedMessage): number {
    const index = this.messages.length;
    this.messages.push({
      index,
      municipality_id: job.municipalityId,
      category: message.category,
      template: job.template,
      params: { proposalId: job.proposalId, sessionId: job.sessionId ?? null },
      subject_ja: message.subject.ja,
      subject_en: message.subject.en,
      body_ja: message.body.ja,
      body_en: message.body.en,
    });
    return index;
  }

  /**
   * Answers the row's id, its e-mail's Message-ID, and whether the row is new to this batch (the same job twice in a
   * batch gives one row, and one e-mail: a statement may not write a row twice). `emailTo` is null when no e-mail
   * goes now.
   */
  add(
    key: string,
    recipient: { userId: string; emailTo: string | null; digest: boolean },
    message: number,
  ): { id: string; messageId: string; added: boolean } {
    const identity = deliveryIdentity(key);
    if (this.seen.has(identity.id)) return { ...identity, added: false };
    this.seen.add(identity.id);
    this.ids.push(identity.id);
    this.userIds.push(recipient.userId);
    this.keys.push(key);
    this.digest.push(recipient.digest);
    this.messageIndexes.push(message);
    this.emailTo.push(recipient.emailTo);
    if (recipient.emailTo !== null) this.emailIds.push(identity.id);
    return { ...identity, added: true };
  }

  get empty(): boolean {
    return this.ids.length === 0;
  }

  parameters(leaseSeconds: number): unknown[] {
    return [
      this.ids,
      this.userIds,
      this.keys,
      this.digest,
      this.messageIndexes,
      this.emailTo,
      JSON.stringify(this.messages),
      leaseSeconds,
      this.ids.length,
      this.emailIds.length,
    ];
  }

  /** From the statement's answer: the rows inserted and the e-mails claimed. */
  written(answer: { inserted: string[] | null; claimed: string[] | null }) {
    return {
      inserted: new Set(answer.inserted ?? this.ids),
      claimed: new Set(answer.claimed ?? this.emailIds),
    };
  }
}
