import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ProposalsModule } from '@kyodo/proposals';
import { BuildReport } from './build-report.use-case';
import { CallReportData } from './call-report-data';
import { ReportSourcesRepository } from './crossings/report-sources.repository';
import { ReportEntity } from './report.entity';
import { ReportRepository } from './report.repository';
import { ReportsService } from './reports.service';

/** Reports asked for by the secretariat and built by the worker. ResultsService comes from the global ReviewModule. */
@Module({
  imports: [TypeOrmModule.forFeature([ReportEntity]), ProposalsModule],
  providers: [ReportRepository, ReportSourcesRepository, CallReportData, ReportsService, BuildReport],
  exports: [ReportsService, BuildReport],
})
export class ReportsModule {}
