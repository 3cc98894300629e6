import { callRaw } from '../../../api/client';
import { saveResponse } from '../../../ui/download';
import type { Report } from '../models';

/** Fetches the report's file with the session's token and hands it to the browser as a download. */
export async function downloadReport(report: Report): Promise<void> {
  const response = await callRaw('GET /api/v1/reports/{id}/file', { path: { id: report.id } });
  await saveResponse(response, report.fileName ?? `report-${report.id}`);
}
