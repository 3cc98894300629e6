import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** Whether the database answers at all: the readiness probe's database check. */
@Injectable()
export class DatabaseHealthRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Resolves once the database has answered a trivial query; rejects with the driver's error otherwise. */
  async ping(): Promise<void> {
    await this.db.query('SELECT 1');
  }
}
