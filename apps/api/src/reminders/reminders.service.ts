import { Inject, Injectable, Logger } from '@nestjs/common';
import type { StaffMember } from '@ipc/config';
import { ReminderProducer } from '@ipc/notifications';
import { ReminderEntity } from '@ipc/persistence';
import { DataSource, type FindOptionsWhere } from 'typeorm';
import { CarersService } from '../carers/carers.service';
import { ParticipantsService } from '../participants/participants.service';
import { problems } from '../problem/problem.exception';
import type { ListRemindersQuery } from './dto/list-reminders.query';
import { reminderView } from './reminder-view';
import { isUuid } from '../common/uuid';
import { type PageQuery, pageOf, pageWindow } from '../common/page.query';

const ORDER = { dueDate: 'ASC', leadDays: 'DESC', queuedAt: 'ASC' } as const;

/** Reminders read back for the care team, always within the staff member's site. */
@Injectable()
export class RemindersService {
  private readonly logger = new Logger(RemindersService.name);

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly participants: ParticipantsService,
    private readonly carers: CarersService,
    private readonly producer: ReminderProducer,
  ) {}

  /**
   * The site's reminders, newest first, for a coordinator to see what failed across a team's
   * caseload. A team is the team of the person or carer a reminder is about, or the team it went to.
   */
  async list(staff: StaffMember, query: ListRemindersQuery) {
    const builder = this.dataSource
      .getRepository(ReminderEntity)
      .createQueryBuilder('r')
      .leftJoin('participants', 'p', 'p.id::text = r.participant_id')
      .leftJoin('carers', 'c', 'c.id::text = r.carer_id')
      .where('r.site_id = :siteId', { siteId: staff.siteId });
    if (query.status) builder.andWhere('r.status = :status', { status: query.status });
    if (query.purpose) builder.andWhere('r.purpose = :purpose', { purpose: query.purpose });
    if (query.recipientType) builder.andWhere('r.recipient_type = :type', { type: query.recipientType });
    if (query.teamId) {
      builder.andWhere(
        `(COALESCE(p.team_id, c.team_id) = :teamId OR (r.recipient_type = 'coordinator' AND r.recipient_id = :teamId))`,
        { teamId: query.teamId },
      );
    }
    const [reminders, total] = await builder
      .orderBy('COALESCE(r.failed_at, r.sent_at, r.queued_at)', 'DESC')
      .addOrderBy('r.id')
      // Joined tables filter, they are not selected: a plain OFFSET/LIMIT pages correctly.
      .offset((query.page - 1) * query.pageSize)
      .limit(query.pageSize)
      .getManyAndCount();
    return pageOf(query, reminders.map(reminderView), total);
  }

  /**
   * Sends a failed reminder again. One already on its way is returned as it is (a repeated request
   * changes nothing); one already sent is a 409; another site's is a 404.
   */
  async resend(staff: StaffMember, reminderId: string) {
    const repository = this.dataSource.getRepository(ReminderEntity);
    const reminder = isUuid(reminderId) ? await repository.findOneBy({ id: reminderId, siteId: staff.siteId }) : null;
    if (!reminder) throw problems.notFound('Reminder');
    if (reminder.status === 'sent') {
      throw problems.conflict('reminder-already-sent', 'This reminder was sent', 'A sent reminder is not sent again.', {
        sentAt: reminder.sentAt,
      });
    }
    if (reminder.status === 'failed' && (await this.producer.resend(reminder.id, reminder.reminderKey))) {
      this.logger.log(`reminder resend requested reminder=${reminder.id} by=${staff.staffId}`);
    }
    return reminderView(await repository.findOneByOrFail({ id: reminder.id }));
  }

  /** Every reminder about the person: to them, to their carers and escalations to their team. */
  async forParticipant(staff: StaffMember, participantId: string, query: PageQuery) {
    const participant = await this.participants.findForStaff(staff, participantId);
    return this.find({ siteId: staff.siteId, participantId: participant.id }, query);
  }

  /**
   * Reminders to a carer of the staff member's site and to their team about them (404 for anyone
   * else's): review reminders about the people they care for, and their transition points.
   */
  async forCarer(staff: StaffMember, carerId: string, query: PageQuery) {
    const carer = await this.carers.findForStaff(staff, carerId);
    return this.find(
      [
        { siteId: staff.siteId, recipientType: 'carer', recipientId: carer.id },
        { siteId: staff.siteId, carerId: carer.id },
      ],
      query,
    );
  }

  private async find(where: FindOptionsWhere<ReminderEntity> | FindOptionsWhere<ReminderEntity>[], query: PageQuery) {
    const [reminders, total] = await this.dataSource
      .getRepository(ReminderEntity)
      .findAndCount({ where, order: { ...ORDER, id: 'ASC' }, ...pageWindow(query) });
    return pageOf(query, reminders.map(reminderView), total);
  }
}
