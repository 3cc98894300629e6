import { callRaw } from '../api/client';
import { saveResponse } from './download';

/** A call document fetched with the signed-in person's token (a plain link could not send it) and saved. */
export async function downloadCallDocument(callId: string, document: { id: string; filename: string }): Promise<void> {
  const response = await callRaw('GET /api/v1/calls/{id}/documents/{documentId}', {
    path: { id: callId, documentId: document.id },
  });
  await saveResponse(response, document.filename);
}
