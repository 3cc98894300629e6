import { join } from 'node:path';
import { REPORT_FORMAT, type ReportKind } from './report-kinds';

/** Built reports live under the data directory, never under a served path; the name is the report's id. */
export function reportPath(dataDir: string, id: string, kind: ReportKind): string {
  return join(dataDir, 'reports', `${id}.${REPORT_FORMAT[kind].extension}`);
}
