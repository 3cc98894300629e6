import { call } from '../../../api/client';
import { CallDocuments } from '../../../ui/call-documents';
import { downloadCallDocument } from '../../../ui/call-document-download';
import { keys } from '../../../queries/keys';
import { useApiQuery } from '../../../queries/use-api-query';

/** The 募集要項 and forms of a call, beside the form that starts a proposal in it. */
export function CallDocumentsForProposer({ callId }: { callId: string }) {
  const state = useApiQuery(keys.calls.documents(callId), (signal) =>
    call('GET /api/v1/calls/{id}/documents', { path: { id: callId }, signal }),
  );
  // The start form does not depend on them: while they load, or if they cannot, nothing is shown.
  if (!state.data) return null;
  return (
    <CallDocuments documents={state.data} headingLevel={4} onDownload={(d) => void downloadCallDocument(callId, d)} />
  );
}
