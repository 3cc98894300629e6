import type { EntityManager } from 'typeorm';
import type { CallEntity } from './calls/call.entity';
import type { ProposalEntity } from './proposals/proposal.entity';
import { enqueueAllInOutbox, type JobName, type OutboxEntry } from '@kyodo/queues';
import type { Effect } from '@kyodo/workflow';

/**
 * The machine's declared effects as outbox rows, in the transaction of the
 * change: notices (held for a batch announcement when the call says so) and
 * publication (at the call's publication time when it lies ahead). The
 * receipt number and the frozen version are rows of the proposal's own,
 * written by ProposalTransition. One statement for them all: a round trip
 * less per effect in the transaction.
 */
export async function writeProposalEffects(
  manager: EntityManager,
  row: ProposalEntity,
  effects: Effect[],
  call: CallEntity,
  now: Date,
): Promise<void> {
  const entries: Array<OutboxEntry<JobName>> = [];
  for (const [index, effect] of effects.entries()) {
    if (effect.type === 'publish') {
      // Scheduled publication: every result of the call appears at the call's publication time.
      const at = call.publicationAt && call.publicationAt > now ? call.publicationAt : undefined;
      entries.push({
        name: 'publish.package',
        municipalityId: row.municipalityId,
        payload: {
          municipalityId: row.municipalityId,
          proposalId: row.id,
          kind: effect.kind,
          sourceKey: `${row.id}:${effect.kind}:${row.version}`,
        },
        deliverAt: at,
        effectKey: `${row.id}:${row.version}:publish`,
      });
      continue;
    }
    if (effect.type !== 'notify') continue;
    entries.push({
      name: 'notify.proposal-event',
      municipalityId: row.municipalityId,
      payload: {
        municipalityId: row.municipalityId,
        proposalId: row.id,
        template: effect.template,
        audience: effect.audience,
      },
      effectKey: `${row.id}:${row.version}:${index}`,
      heldForCall: call.holdDecisionNotices && effect.template === 'proposal.decided' ? call.id : undefined,
    });
  }
  await enqueueAllInOutbox(manager, entries);
}
