import { callRaw } from '../../../api/client';
import type { Report } from '../models';

/** Fetches the report's file with the session's token and hands it to the browser as a download. */
export async function downloadReport(report: Report): Promise<void> {
  const response = await callRaw('GET /api/v1/reports/{id}/file', { path: { id: report.id } });
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = report.fileName ?? `report-${report.id}`;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
