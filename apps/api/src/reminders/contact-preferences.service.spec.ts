import { randomUUID } from 'node:crypto';
import { Logger } from '@nestjs/common';
import type { CarersRepository, ContactPreferencesRepository } from '@ipc/persistence';
import { InMemoryCarersRepository } from '../../../../test/in-memory/in-memory-carers.repository';
import { InMemoryContactPreferencesRepository } from '../../../../test/in-memory/in-memory-reminders.repository';
import { staff } from '../../../../test/support/test-staff';
import type { CarersService } from '../carers/carers.service';
import type { ParticipantsService } from '../participants/participants.service';
import { ContactPreferencesService } from './contact-preferences.service';
import type { ContactPreferencesDto } from './dto/contact-preferences.dto';

const BY_EMAIL = {
  channel: 'email',
  format: 'standard',
  language: 'en',
  email: 'sam@example.com',
} as ContactPreferencesDto;

describe(ContactPreferencesService.name, () => {
  let preferences: InMemoryContactPreferencesRepository;
  let carers: InMemoryCarersRepository;
  let sut: ContactPreferencesService;
  const found = { findForStaff: async (member: { siteId: string }, id: string) => ({ id, siteId: member.siteId }) };

  beforeAll(() => Logger.overrideLogger(false));

  beforeEach(() => {
    preferences = new InMemoryContactPreferencesRepository();
    carers = new InMemoryCarersRepository();
    sut = new ContactPreferencesService(
      preferences as unknown as ContactPreferencesRepository,
      carers as unknown as CarersRepository,
      found as unknown as ParticipantsService,
      found as unknown as CarersService,
    );
  });

  describe('setForParticipant', () => {
    it('should record the person’s preferences and read them back the same', async () => {
      const participantId = randomUUID();

      const saved = await sut.setForParticipant(staff.coordinator, participantId, BY_EMAIL);

      expect(saved).toMatchObject({ participantId, channel: 'email', email: 'sam@example.com', phone: null });
      expect(await sut.forParticipant(staff.coordinator, participantId)).toEqual(saved);
    });
  });

  describe('setForCarer', () => {
    it('should change the carer’s own record with their preferences', async () => {
      const carerId = randomUUID();
      const changed = jest.spyOn(carers, 'changeContact');

      const saved = await sut.setForCarer(staff.coordinator, carerId, BY_EMAIL);

      expect(saved).toMatchObject({ carerId, channel: 'email' });
      expect(changed).toHaveBeenCalledWith(expect.objectContaining({ recipientType: 'carer', recipientId: carerId }));
    });
  });

  describe('forCoordinator', () => {
    it('should answer 404 until something is recorded', async () => {
      await expect(sut.forCoordinator(staff.coordinator, 'team-a1')).rejects.toMatchObject({ status: 404 });
    });

    it('should keep each site’s record for the same id apart', async () => {
      await sut.setForCoordinator(staff.coordinator, 'team-a1', BY_EMAIL);

      await expect(sut.forCoordinator(staff.otherSite, 'team-a1')).rejects.toMatchObject({ status: 404 });
    });

    it('should refuse an id that is not a staff or team id', async () => {
      await expect(sut.setForCoordinator(staff.coordinator, 'no spaces', BY_EMAIL)).rejects.toMatchObject({
        status: 400,
      });
    });
  });
});
