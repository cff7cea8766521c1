import { Injectable, Logger } from '@nestjs/common';
import type { StaffMember } from '@ipc/config';
import { ReminderProducer } from '@ipc/notifications';
import { RemindersRepository } from '@ipc/persistence';
import { CarersService } from '../carers/carers.service';
import { ParticipantsService } from '../participants/participants.service';
import { problems } from '../problem/problem.exception';
import type { ListRemindersQuery } from './dto/list-reminders.query';
import { reminderView } from './reminder-view';
import { isUuid } from '../common/uuid';
import { type PageQuery, pageOf, pageWindow } from '../common/page.query';

/** Reminders read back for the care team, always within the staff member's site. */
@Injectable()
export class RemindersService {
  private readonly logger = new Logger(RemindersService.name);

  constructor(
    private readonly reminders: RemindersRepository,
    private readonly participants: ParticipantsService,
    private readonly carers: CarersService,
    private readonly producer: ReminderProducer,
  ) {}

  /**
   * The site's reminders, newest first, for a coordinator to see what failed across a team's
   * caseload. A team is the team of the person or carer a reminder is about, or the team it went to.
   */
  async list(staff: StaffMember, query: ListRemindersQuery) {
    const [reminders, total] = await this.reminders.listForSite(staff.siteId, query);
    return pageOf(query, reminders.map(reminderView), total);
  }

  /**
   * Sends a failed reminder again. One already on its way is returned as it is (a repeated request
   * changes nothing); one already sent is a 409; another site's is a 404.
   */
  async resend(staff: StaffMember, reminderId: string) {
    const reminder = isUuid(reminderId) ? await this.reminders.findAtSite(staff.siteId, reminderId) : null;
    if (!reminder) throw problems.notFound('Reminder');
    if (reminder.status === 'sent') {
      throw problems.conflict('reminder-already-sent', 'This reminder was sent', 'A sent reminder is not sent again.', {
        sentAt: reminder.sentAt,
      });
    }
    if (reminder.status === 'failed' && (await this.producer.resend(reminder.id, reminder.reminderKey))) {
      this.logger.log(`reminder resend requested reminder=${reminder.id} by=${staff.staffId}`);
    }
    return reminderView(await this.reminders.reload(reminder.id));
  }

  /** Every reminder about the person: to them, to their carers and escalations to their team. */
  async forParticipant(staff: StaffMember, participantId: string, query: PageQuery) {
    const participant = await this.participants.findForStaff(staff, participantId);
    const [reminders, total] = await this.reminders.aboutParticipant(staff.siteId, participant.id, pageWindow(query));
    return pageOf(query, reminders.map(reminderView), total);
  }

  /**
   * Reminders to a carer of the staff member's site and to their team about them (404 for anyone
   * else's): review reminders about the people they care for, and their transition points.
   */
  async forCarer(staff: StaffMember, carerId: string, query: PageQuery) {
    const carer = await this.carers.findForStaff(staff, carerId);
    const [reminders, total] = await this.reminders.aboutCarer(staff.siteId, carer.id, pageWindow(query));
    return pageOf(query, reminders.map(reminderView), total);
  }
}
