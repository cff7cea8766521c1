import { randomUUID } from 'node:crypto';
import { CarersRepository, ContactPreferencesRepository } from '@ipc/persistence';
import type { DataSource } from 'typeorm';
import { carerRegistrationRecords, newCarerView } from '../factories/carer-records.factory';
import { personDetails } from '../factories/person-details.factory';
import { insertParticipant, openRunDatabase, ownSiteId } from '../support/persistence-database';

/** The carer-records factory's carer, Robin Carerson, as their details name them. */
const CARER_NAME = personDetails({ givenName: 'Robin', familyName: 'Carerson' });

describe(CarersRepository.name, () => {
  let dataSource: DataSource;
  let sut: CarersRepository;
  const siteId = ownSiteId();

  const registered = async (teamId = 'team-a1') => {
    const carer = newCarerView({ siteId, teamId });
    const { registration, entry, preferences } = carerRegistrationRecords(carer);
    await sut.register(registration, entry, preferences, CARER_NAME, async () => undefined);
    return { carer, registration };
  };

  beforeAll(async () => {
    dataSource = await openRunDatabase();
    sut = new CarersRepository(dataSource);
  });

  afterAll(() => dataSource.destroy());

  describe('register', () => {
    it('should record the carer, their first timeline entry and their contact preferences', async () => {
      const { carer, registration } = await registered();

      expect(await sut.findAtSite(siteId, carer.carerId)).toMatchObject({
        id: carer.carerId,
        kind: 'adult-carer',
        stage: 'identified',
        identifiedOn: '2026-01-05',
      });
      expect(await sut.findRegisteredBy(siteId, registration.requestId)).toMatchObject({ id: carer.carerId });
      expect(await sut.lastRecordedState(carer.carerId)).toMatchObject({ carerId: carer.carerId, sequence: 0 });
      expect(await sut.timeline(carer.carerId)).toEqual([expect.objectContaining({ step: 'registration' })]);
      const preferences = await new ContactPreferencesRepository(dataSource).find({
        siteId,
        recipientType: 'carer',
        recipientId: carer.carerId,
      });
      expect(preferences).toMatchObject({ channel: 'email', email: 'robin.carerson@example.com' });
    });

    it('should keep nothing when what runs before the commit fails', async () => {
      const carer = newCarerView({ siteId });
      const { registration, entry, preferences } = carerRegistrationRecords(carer);
      const refused = sut.register(registration, entry, preferences, personDetails(), () =>
        Promise.reject(new Error('no workflow')),
      );

      await expect(refused).rejects.toThrow('no workflow');
      expect(await sut.findAtSite(siteId, carer.carerId)).toBeUndefined();
      expect(await sut.lastRecordedState(carer.carerId)).toBeUndefined();
    });
  });

  describe('findAtSite', () => {
    it('should not find another site’s carer', async () => {
      const { carer } = await registered();

      expect(await sut.findAtSite('another-site', carer.carerId)).toBeUndefined();
    });
  });

  describe('changeContact', () => {
    it('should change the preferences and the carer’s own record together, leaving out what is not given', async () => {
      const { carer } = await registered();
      const { preferences } = carerRegistrationRecords(carer);

      await sut.changeContact({ ...preferences, channel: 'sms', email: null, phone: '07700 900456' });

      expect(await sut.findAtSite(siteId, carer.carerId)).toMatchObject({
        contact: { name: 'Robin Carerson', phone: '07700 900456' },
        preferences: { channel: 'sms', format: 'standard', language: 'en' },
      });
      expect((await sut.findAtSite(siteId, carer.carerId))?.contact).not.toHaveProperty('email');
    });
  });

  describe('link', () => {
    it('should link a carer to a participant once', async () => {
      const { carer } = await registered();
      const participantId = await insertParticipant(dataSource, siteId);
      const link = {
        carerId: carer.carerId,
        participantId,
        relationship: 'spouse-or-partner',
        linkedBy: 'coordinator-a',
      };

      expect(await sut.link(link)).toBe(true);
      expect(await sut.link(link)).toBe(false);
      // Linked again with another relationship: it is corrected, and the link was not new.
      expect(await sut.link({ ...link, relationship: 'parent' })).toBe(false);
      expect(await sut.caresFor(carer.carerId)).toEqual([expect.objectContaining({ relationship: 'parent' })]);
      expect(await sut.link(link)).toBe(false);
      expect(await sut.caresFor(carer.carerId)).toEqual([
        expect.objectContaining({ participantId, relationship: 'spouse-or-partner', linkedBy: 'coordinator-a' }),
      ]);
      expect(await sut.carersOf(siteId, participantId, { skip: 0, take: 25 })).toEqual({
        carers: [expect.objectContaining({ id: carer.carerId, name: 'Robin Carerson', stage: 'identified' })],
        total: 1,
      });
      expect(await sut.carersOf('another-site', participantId, { skip: 0, take: 25 })).toEqual({
        carers: [],
        total: 0,
      });
    });
  });

  describe('supportedCarerIds', () => {
    it('should list the participant’s carers who are not closed', async () => {
      const participantId = await insertParticipant(dataSource, siteId);
      const open = await registered();
      const closed = await registered();
      for (const { carer } of [open, closed]) {
        await sut.link({ carerId: carer.carerId, participantId, relationship: 'parent', linkedBy: 'coordinator-a' });
      }
      await sut.recordStep({
        ...carerRegistrationRecords(closed.carer).entry,
        sequence: 1,
        step: 'closure',
        carerAfter: { ...closed.carer, stage: 'closed', sequence: 1, revision: 1 },
      });

      expect(await sut.supportedCarerIds(siteId, participantId)).toEqual([open.carer.carerId]);
    });
  });

  describe('teamOf', () => {
    it('should name the team supporting the carer', async () => {
      const { carer } = await registered('team-a2');

      expect(await sut.teamOf(carer.carerId)).toBe('team-a2');
    });
  });

  describe('recordStep', () => {
    it('should record a step once and never move the read model back to an older revision', async () => {
      const { carer } = await registered();
      const step = { ...carerRegistrationRecords(carer).entry, requestId: randomUUID(), sequence: 2, step: 'review' };
      await sut.recordStep({ ...step, carerAfter: { ...carer, stage: 'support-planned', sequence: 2, revision: 2 } });
      await sut.recordStep({
        ...step,
        requestId: randomUUID(),
        sequence: 1,
        carerAfter: { ...carer, stage: 'assessed', sequence: 1, revision: 1 },
      });

      expect(await sut.findAtSite(siteId, carer.carerId)).toMatchObject({ stage: 'support-planned' });
      expect((await sut.timeline(carer.carerId)).map(({ sequence }) => sequence)).toEqual([0, 1, 2]);
    });
  });

  describe('recordTransitionDue', () => {
    it('should note a transition point once, with the reminder later sent about it', async () => {
      const { carer } = await registered();
      const due = {
        carerId: carer.carerId,
        siteId,
        transition: 'annual-health-check',
        dueOn: '2026-06-01',
        remindOn: '2026-03-03',
        revision: 1,
        nextTransitionOn: '2027-06-01',
      };
      await sut.recordTransitionDue(due);
      await sut.recordTransitionDue(due);
      const reminderId = randomUUID();
      await sut.setTransitionReminder(due, reminderId);

      expect(await sut.noticedTransitions(carer.carerId)).toEqual([
        expect.objectContaining({ transition: 'annual-health-check', dueOn: '2026-06-01', reminderId }),
      ]);
      expect(await sut.findAtSite(siteId, carer.carerId)).toMatchObject({ nextTransitionOn: '2027-06-01' });
    });
  });

  describe('latestSupportPlanNarrative', () => {
    it('should have none before a support plan is recorded', async () => {
      const { carer } = await registered();

      expect(await sut.latestSupportPlanNarrative(carer.carerId)).toBeUndefined();
    });
  });
});
