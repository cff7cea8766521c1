import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** Whether the database answers, for the health check. */
@Injectable()
export class DatabaseHealthRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async ping(): Promise<void> {
    await this.dataSource.query('SELECT 1');
  }
}
