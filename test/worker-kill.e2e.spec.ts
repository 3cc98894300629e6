import { randomBytes } from 'node:crypto';
import { QUEUES } from '@kyodo/queues';
import {
  ApiClient,
  completeProposalContent,
  createMunicipality,
  must,
  move,
  type MunicipalityFixture,
  type RunningSystem,
  type SmtpSink,
  startSmtpSink,
  startSystem,
  TEST_DB,
  waitFor,
} from '@kyodo/testing';
import { PendingWork } from './support/pending-work';

/**
 * The worker is killed (SIGKILL) in the middle of an SMTP conversation: the
 * message's data has gone over the wire but the server's 250 has not come
 * back (the server holds every message until the worker is dead). The
 * launcher starts the worker again, the job is found stalled and rerun, and
 * every recipient of the batch ends up with exactly one e-mail, whichever
 * of them the worker was talking to when it died.
 */
describe(`worker killed mid-send on ${TEST_DB}`, () => {
  let sink: SmtpSink;
  let system: RunningSystem;
  let x: MunicipalityFixture;
  let pending: PendingWork;

  beforeAll(async () => {
    sink = await startSmtpSink();
    const prefix = `t${randomBytes(4).toString('hex')}`;
    system = await startSystem({
      SMTP_URL: sink.url,
      EMAIL_SEND_LEASE_SECONDS: '3',
      QUEUE_LOCK_SECONDS: '3',
      KYODO_QUEUE_PREFIX: prefix,
    });
    pending = PendingWork.connect(system, prefix);
    x = await createMunicipality(new ApiClient(system.baseUrl), '小田原市');
  });

  afterAll(async () => {
    await pending?.close();
    await system?.stop();
    await sink?.stop();
  });

  const workerPid = () => {
    const pids = [...system.output().matchAll(/worker started \(pid (\d+)\)/g)].map((m) => Number(m[1]));
    return pids[pids.length - 1]!;
  };

  it('delivers the interrupted e-mail once after the worker comes back, and nothing twice', async () => {
    const firstWorker = workerPid();
    const held = sink.hold();
    const draft = await must(
      x.proposerA.post(`/api/v1/calls/${x.callId}/proposals`, {
        organizationId: x.groupAId,
        title: '中断に強い通知',
        content: completeProposalContent(),
      }),
    );
    await move(x.proposerA, draft.id, 'SUBMIT');
    const recipient = await held.arrived;
    process.kill(firstWorker, 'SIGKILL');
    await waitFor(async () => workerPid() !== firstWorker, 20_000);
    held.release();
    await waitFor(async () => sink.to(recipient).length >= 1, 60_000);
    // the owner and the secretariat each hear once; a duplicate would come from work still to run:
    // count once nothing is left to relay and no notice job is waiting, running or due for a retry
    const owner = x.emailOf('proposer-a');
    const secretariat = x.emailOf('secretariat');
    await waitFor(async () => sink.to(owner).length >= 1 && sink.to(secretariat).length >= 1, 60_000);
    await waitFor(() => pending.settled(QUEUES.notifications), 60_000);
    expect([owner, secretariat]).toContain(recipient);
    expect(sink.to(recipient)).toHaveLength(1);
    expect(sink.to(owner)).toHaveLength(1);
    expect(sink.to(secretariat)).toHaveLength(1);
    const ids = sink.messages.map((m) => m.messageId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(system.output()).toContain('worker stopped (SIGKILL); starting it again');
  });
});
