import { MicroBatcher, type JobPayloads } from '@kyodo/queues';
import type { DeliverNotification } from './deliver-notification';

type Notice = JobPayloads['notify.proposal-event'];

/**
 * The notifications queue's processor, as the worker runs it (and the
 * benchmark measures it): the notices running at the same moment share their
 * database work (see MicroBatcher). It answers nothing: what was delivered is
 * recorded in PostgreSQL, and keeping a copy as each job's return value in
 * Redis cost a tenth of the pipeline's throughput (measured).
 */
export function noticeProcessor(deliver: DeliverNotification, concurrency: number): (notice: Notice) => Promise<void> {
  const notices = new MicroBatcher((batch: Notice[]) => deliver.executeMany(batch), concurrency);
  return async (notice) => {
    await notices.add(notice);
  };
}
