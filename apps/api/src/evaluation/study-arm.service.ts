import { Inject, Injectable } from '@nestjs/common';
import type { StaffMember } from '@ipc/config';
import { type StoredStudyArmAssignment, StudyArmsRepository } from '@ipc/persistence';
import { ParticipantsService } from '../participants/participants.service';
import type { StudyArmDto } from './dto/study-arm.dto';

const view = (participantId: string, assignment: StoredStudyArmAssignment | undefined) => ({
  participantId,
  arm: assignment?.arm ?? null,
  assignedBy: assignment?.assignedBy ?? null,
  assignedAt: assignment?.assignedAt.toISOString() ?? null,
});

/** A person's arm in the evaluation, as the site sets it: each setting kept, the latest in the extract. */
@Injectable()
export class StudyArmService {
  constructor(
    @Inject(StudyArmsRepository) private readonly arms: Pick<StudyArmsRepository, 'assign' | 'current'>,
    private readonly participants: ParticipantsService,
  ) {}

  async current(staff: StaffMember, participantId: string) {
    await this.participants.findForStaff(staff, participantId);
    return view(participantId, await this.arms.current(participantId));
  }

  async assign(staff: StaffMember, participantId: string, dto: StudyArmDto) {
    await this.participants.findForStaff(staff, participantId);
    const assignment = await this.arms.assign({
      participantId,
      siteId: staff.siteId,
      arm: dto.arm,
      assignedBy: staff.staffId,
    });
    return view(participantId, assignment);
  }
}
