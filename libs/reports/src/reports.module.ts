import { Module } from '@nestjs/common';
import { BlobsModule } from '@kyodo/blobs';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@kyodo/identity';
import { PartnershipModule } from '@kyodo/partnership';
import { ProposalsModule } from '@kyodo/proposals';
import { BuildReport } from './build-report.use-case';
import { CallReportData } from './call-report-data';
import { ReportEntity } from './report.entity';
import { ReportRepository } from './report.repository';
import { ReportsService } from './reports.service';

/** Reports asked for by the secretariat and built by the worker. ResultsService and StageSheetsRepository come from the
 * global ReviewModule. */
@Module({
  imports: [TypeOrmModule.forFeature([ReportEntity]), ProposalsModule, IdentityModule, PartnershipModule, BlobsModule],
  providers: [ReportRepository, CallReportData, ReportsService, BuildReport],
  exports: [ReportsService, BuildReport],
})
export class ReportsModule {}
