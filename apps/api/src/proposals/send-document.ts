import type { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';
import { contentDisposition } from './attachments.controller';

/** A stored file sent as a download: never rendered in this origin, its checksum as the ETag. */
export async function sendDocument(
  reply: FastifyReply,
  {
    meta,
    stream,
  }: { meta: { contentType: string; sizeBytes: number; filename: string; sha256: string }; stream: Readable },
): Promise<void> {
  await reply
    .header('content-type', meta.contentType)
    .header('content-length', String(meta.sizeBytes))
    .header('content-disposition', contentDisposition(meta.filename))
    .header('etag', `"sha256-${meta.sha256}"`)
    .header('x-content-type-options', 'nosniff')
    .send(stream);
}
