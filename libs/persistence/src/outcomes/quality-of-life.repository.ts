import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { QualityOfLifeMeasureEntity } from '../entities';

export interface QualityOfLifeMeasure {
  participantId: string;
  siteId: string;
  instrument: string;
  version: string;
  score: number;
  stage: string;
  measuredOn: string;
  recordedBy: string;
}

export type StoredQualityOfLifeMeasure = QualityOfLifeMeasure & { id: string; recordedAt: Date };

const view = (row: QualityOfLifeMeasureEntity): StoredQualityOfLifeMeasure => ({ ...row, score: Number(row.score) });

/** A person's quality-of-life scores, as they were recorded. */
@Injectable()
export class QualityOfLifeRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async record(measure: QualityOfLifeMeasure): Promise<StoredQualityOfLifeMeasure> {
    const repository = this.dataSource.getRepository(QualityOfLifeMeasureEntity);
    return view(await repository.save(repository.create({ ...measure, score: String(measure.score) })));
  }

  /** The person's scores in the order they were taken. */
  async measuresOf(participantId: string): Promise<StoredQualityOfLifeMeasure[]> {
    const rows = await this.dataSource.getRepository(QualityOfLifeMeasureEntity).find({
      where: { participantId },
      order: { measuredOn: 'ASC', recordedAt: 'ASC' },
    });
    return rows.map(view);
  }
}
