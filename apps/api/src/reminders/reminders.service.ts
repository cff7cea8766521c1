import { Inject, Injectable } from '@nestjs/common';
import type { StaffMember } from '@ipc/config';
import { ReminderEntity } from '@ipc/persistence';
import { DataSource, type FindOptionsWhere } from 'typeorm';
import { CarersService } from '../carers/carers.service';
import { ParticipantsService } from '../participants/participants.service';
import { reminderView } from './reminder-view';
const ORDER = { dueDate: 'ASC', leadDays: 'DESC', queuedAt: 'ASC' } as const;

/** Reminders read back for the care team, always within the staff member's site. */
@Injectable()
export class RemindersService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly participants: ParticipantsService,
    private readonly carers: CarersService,
  ) {}

  /** Every reminder about the person: to them, to their carers and escalations to their team. */
  async forParticipant(staff: StaffMember, participantId: string) {
    const participant = await this.participants.findForStaff(staff, participantId);
    const reminders = await this.find({ siteId: staff.siteId, participantId: participant.id });
    return { participantId: participant.id, reminders: reminders.map(reminderView) };
  }

  /**
   * Reminders to a carer of the staff member's site and to their team about them (404 for anyone
   * else's): review reminders about the people they care for, and their transition points.
   */
  async forCarer(staff: StaffMember, carerId: string) {
    const carer = await this.carers.findForStaff(staff, carerId);
    const reminders = await this.find([
      { siteId: staff.siteId, recipientType: 'carer', recipientId: carer.id },
      { siteId: staff.siteId, carerId: carer.id },
    ]);
    return { carerId: carer.id, reminders: reminders.map(reminderView) };
  }

  private find(where: FindOptionsWhere<ReminderEntity> | FindOptionsWhere<ReminderEntity>[]) {
    return this.dataSource.getRepository(ReminderEntity).find({ where, order: ORDER, take: 500 });
  }
}
