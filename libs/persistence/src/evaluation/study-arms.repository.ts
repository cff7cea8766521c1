import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { StudyArmAssignmentEntity } from '../entities';

export interface StudyArmAssignment {
  participantId: string;
  siteId: string;
  /** The arm, or null: the person is in no arm (any earlier one no longer holds). */
  arm: string | null;
  assignedBy: string;
}

export type StoredStudyArmAssignment = StudyArmAssignment & { assignedAt: Date };

const view = ({ participantId, siteId, arm, assignedBy, assignedAt }: StudyArmAssignmentEntity) => ({
  participantId,
  siteId,
  arm,
  assignedBy,
  assignedAt,
});

/** The study arm a site sets per person for the evaluation: every setting kept, the latest in force. */
@Injectable()
export class StudyArmsRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async assign(assignment: StudyArmAssignment): Promise<StoredStudyArmAssignment> {
    const repository = this.dataSource.getRepository(StudyArmAssignmentEntity);
    return view(await repository.save(repository.create(assignment)));
  }

  /** The setting in force (undefined: none was ever made). */
  async current(participantId: string): Promise<StoredStudyArmAssignment | undefined> {
    const row = await this.dataSource.getRepository(StudyArmAssignmentEntity).findOne({
      where: { participantId },
      order: { assignedAt: 'DESC' },
    });
    return row ? view(row) : undefined;
  }
}
