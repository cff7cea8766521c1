import { randomUUID } from 'node:crypto';
import { Logger } from '@nestjs/common';
import type { ReminderProducer } from '@ipc/notifications';
import type { RemindersRepository } from '@ipc/persistence';
import { storedReminder } from '../../../../test/factories/reminder.factory';
import { InMemoryRemindersRepository } from '../../../../test/in-memory/in-memory-reminders.repository';
import { staff } from '../../../../test/support/test-staff';
import type { CarersService } from '../carers/carers.service';
import type { ParticipantsService } from '../participants/participants.service';
import { RemindersService } from './reminders.service';

describe(RemindersService.name, () => {
  let reminders: InMemoryRemindersRepository;
  let resent: string[];
  let sut: RemindersService;
  const found = { findForStaff: async (member: { siteId: string }, id: string) => ({ id, siteId: member.siteId }) };

  beforeAll(() => Logger.overrideLogger(false));

  beforeEach(() => {
    reminders = new InMemoryRemindersRepository();
    resent = [];
    // Sends again as the producer does: the failed reminder is queued once more.
    const producer = {
      async resend(reminderId: string) {
        resent.push(reminderId);
        Object.assign(reminders.reminders.find((reminder) => reminder.id === reminderId) ?? {}, { status: 'queued' });
        return true;
      },
    };
    sut = new RemindersService(
      reminders as unknown as RemindersRepository,
      found as unknown as ParticipantsService,
      found as unknown as CarersService,
      producer as unknown as ReminderProducer,
    );
  });

  describe('list', () => {
    it('should page the staff member’s site’s reminders only', async () => {
      reminders.reminders.push(storedReminder({ status: 'failed' }), storedReminder({ siteId: 'site-b' }));

      const listed = await sut.list(staff.coordinator, { page: 1, pageSize: 10 });

      expect(listed).toMatchObject({ page: 1, pageSize: 10, total: 1, items: [{ status: 'failed' }] });
    });
  });

  describe('resend', () => {
    it('should queue a failed reminder again', async () => {
      const failed = storedReminder({ status: 'failed' });
      reminders.reminders.push(failed);

      expect(await sut.resend(staff.coordinator, failed.id)).toMatchObject({ id: failed.id, status: 'queued' });
      expect(resent).toEqual([failed.id]);
    });

    it('should answer 409 for a sent reminder', async () => {
      const sent = storedReminder({ status: 'sent', sentAt: new Date() });
      reminders.reminders.push(sent);

      await expect(sut.resend(staff.coordinator, sent.id)).rejects.toMatchObject({ status: 409 });
      expect(resent).toEqual([]);
    });

    it('should return one already on its way as it is', async () => {
      const queued = storedReminder();
      reminders.reminders.push(queued);

      expect(await sut.resend(staff.coordinator, queued.id)).toMatchObject({ status: 'queued' });
      expect(resent).toEqual([]);
    });

    it('should not find another site’s reminder', async () => {
      const elsewhere = storedReminder({ siteId: 'site-b', status: 'failed' });
      reminders.reminders.push(elsewhere);

      await expect(sut.resend(staff.coordinator, elsewhere.id)).rejects.toMatchObject({ status: 404 });
    });
  });

  describe('forCarer', () => {
    it('should list reminders to the carer and to their team about them', async () => {
      const carerId = randomUUID();
      const toCarer = storedReminder({ recipientType: 'carer', recipientId: carerId });
      const toTeam = storedReminder({ recipientType: 'coordinator', recipientId: 'team-a1', carerId });
      reminders.reminders.push(toCarer, toTeam, storedReminder());

      const listed = await sut.forCarer(staff.coordinator, carerId, { page: 1, pageSize: 25 });

      expect(listed.items.map((reminder) => reminder.id)).toEqual([toCarer.id, toTeam.id]);
      expect(listed).toMatchObject({ page: 1, pageSize: 25, total: 2 });
    });
  });

  describe('forParticipant', () => {
    it('should list reminders about the person', async () => {
      const participantId = randomUUID();
      const about = storedReminder({ participantId });
      reminders.reminders.push(about, storedReminder());

      expect(await sut.forParticipant(staff.coordinator, participantId, { page: 1, pageSize: 25 })).toEqual({
        items: [expect.objectContaining({ id: about.id })],
        page: 1,
        pageSize: 25,
        total: 1,
      });
    });
  });
});
