import { Inject, Injectable } from '@nestjs/common';
import type { StaffMember } from '@ipc/config';
import { ReminderEntity } from '@ipc/persistence';
import { DataSource, type FindOptionsWhere } from 'typeorm';
import { ParticipantsService } from '../participants/participants.service';
import { reminderView } from './reminder-view';
import { carerNotFound } from './reminders.errors';

const RECIPIENT_ID = /^[\w.-]{1,64}$/;
const ORDER = { dueDate: 'ASC', leadDays: 'DESC', queuedAt: 'ASC' } as const;

/** Reminders read back for the care team, always within the staff member's site. */
@Injectable()
export class RemindersService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly participants: ParticipantsService,
  ) {}

  /** Every reminder about the person: to them, to their carers and escalations to their team. */
  async forParticipant(staff: StaffMember, participantId: string) {
    const participant = await this.participants.findForStaff(staff, participantId);
    const reminders = await this.find({ siteId: staff.siteId, participantId: participant.id });
    return { participantId: participant.id, reminders: reminders.map(reminderView) };
  }

  /** Reminders sent to a carer; 404 when the site has none for that id (carers have no records yet). */
  async forCarer(staff: StaffMember, carerId: string) {
    if (!RECIPIENT_ID.test(carerId)) throw carerNotFound();
    const reminders = await this.find({ siteId: staff.siteId, recipientType: 'carer', recipientId: carerId });
    if (!reminders.length) throw carerNotFound();
    return { carerId, reminders: reminders.map(reminderView) };
  }

  private find(where: FindOptionsWhere<ReminderEntity>) {
    return this.dataSource.getRepository(ReminderEntity).find({ where, order: ORDER, take: 500 });
  }
}
