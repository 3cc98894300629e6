import { Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '@kyodo/config';
import { Clock } from '@kyodo/platform';
import { BuildReport } from './build-report.use-case';
import { ReportsService } from './reports.service';

@Module({
  providers: [
    {
      provide: ReportsService,
      inject: [DataSource, AppConfig],
      useFactory: (ds: DataSource, config: AppConfig) => new ReportsService(ds, config.KYODO_DATA_DIR),
    },
    {
      provide: BuildReport,
      inject: [DataSource, Clock, AppConfig],
      useFactory: (ds: DataSource, clock: Clock, config: AppConfig) =>
        new BuildReport(ds, clock, config.KYODO_DATA_DIR),
    },
  ],
  exports: [ReportsService, BuildReport],
})
export class ReportsModule {}
