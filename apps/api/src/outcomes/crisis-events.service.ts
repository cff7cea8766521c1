import { Inject, Injectable } from '@nestjs/common';
import type { StaffMember } from '@ipc/config';
import { CrisisEventsRepository, type StoredCrisisEvent } from '@ipc/persistence';
import { pick } from '../common/pick';
import { ParticipantsService } from '../participants/participants.service';
import { problems } from '../problem/problem.exception';
import type { CrisisEventDto } from './dto/crisis-event.dto';

const eventView = (stored: StoredCrisisEvent) => ({
  ...pick(stored, ['id', 'kind', 'occurredOn', 'source', 'note', 'recordedBy']),
  recordedAt: stored.recordedAt.toISOString(),
});

/** A person's crises and unplanned admissions, recorded as they happen (besides any review they prompt). */
@Injectable()
export class CrisisEventsService {
  constructor(
    @Inject(CrisisEventsRepository) private readonly events: Pick<CrisisEventsRepository, 'record' | 'eventsOf'>,
    private readonly participants: ParticipantsService,
  ) {}

  async record(staff: StaffMember, participantId: string, dto: CrisisEventDto) {
    const participant = await this.participants.findForStaff(staff, participantId);
    if (dto.occurredOn < participant.dateOfBirth) {
      throw problems.validation([{ field: 'occurredOn', reason: 'must not be before the date of birth' }]);
    }
    const event = await this.events.record({
      participantId,
      siteId: staff.siteId,
      kind: dto.kind,
      occurredOn: dto.occurredOn,
      source: dto.source,
      note: dto.note ?? null,
      recordedBy: staff.staffId,
    });
    return eventView(event);
  }

  async list(staff: StaffMember, participantId: string) {
    await this.participants.findForStaff(staff, participantId);
    return { participantId, items: (await this.events.eventsOf(participantId)).map(eventView) };
  }
}
