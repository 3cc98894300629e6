export { ReportsModule } from './reports.module';
export { ReportsService, type ReportRequest, type ReportResource } from './reports.service';
export { BuildReport, writeReport } from './build-report.use-case';
export { REPORT_KINDS, REPORT_FORMAT, type ReportKind } from './report-kinds';
export { ReportError, ReportErrorCode } from './report-errors';
export { CallReportData, type CallReport } from './call-report-data';
export { XlsxWriter, type Cell } from './xlsx/xlsx-writer';
export { ReportEntity } from './report.entity';
export { ReportRepository, type StoredReport, type NewReport, type BuiltFile } from './report.repository';
