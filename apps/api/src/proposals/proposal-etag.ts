import type { FastifyReply } from 'fastify';
import type { ProposalView } from '@kyodo/proposals';

/** Every answer that is a proposal carries its version as the ETag, to send back as If-Match. */
export function withEtag(reply: FastifyReply, view: ProposalView): ProposalView {
  void reply.header('etag', `"${view.version}"`);
  return view;
}
