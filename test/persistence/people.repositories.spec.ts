import { reminderKey } from '@ipc/domain';
import {
  ContactPreferencesRepository,
  PeopleSearchRepository,
  PersonDetailsRepository,
  type PersonRef,
  RemindersRepository,
} from '@ipc/persistence';
import type { DataSource } from 'typeorm';
import { personDetails } from '../factories/person-details.factory';
import { reminderRequest } from '../factories/reminder.factory';
import { insertParticipant, openRunDatabase, ownSiteId } from '../support/persistence-database';

describe(PersonDetailsRepository.name, () => {
  let dataSource: DataSource;
  let sut: PersonDetailsRepository;
  const siteId = ownSiteId();

  /** A participant of the spec's site with no details yet, as people referred before names were taken. */
  const person = async (): Promise<PersonRef> => ({
    personKind: 'participant',
    personId: await insertParticipant(dataSource, siteId),
    siteId,
  });

  beforeAll(async () => {
    dataSource = await openRunDatabase();
    sut = new PersonDetailsRepository(dataSource);
  });
  afterAll(() => dataSource.destroy());

  describe('replace', () => {
    it('should record the first details of a person who had none, as version 1', async () => {
      const ref = await person();
      expect(await sut.find(ref)).toBeNull();
      const recorded = await sut.replace(ref, personDetails({ givenName: 'Ann' }), 'coordinator-a');
      expect(recorded).toMatchObject({
        givenName: 'Ann',
        familyName: 'Example',
        version: 1,
        updatedBy: 'coordinator-a',
      });
      const { changes } = await sut.changes(ref, { skip: 0, take: 10 });
      expect(changes).toEqual([expect.objectContaining({ version: 1, previous: null })]);
      expect(changes[0].changedFields).toEqual(['givenName', 'familyName']);
    });

    it('should keep only the changed fields with what they held before, and nothing for no change', async () => {
      const ref = await person();
      await sut.replace(ref, personDetails({ email: 'a@example.com' }), 'coordinator-a');
      await sut.replace(ref, personDetails({ email: 'b@example.com', mainLanguage: 'cy' }), 'colleague-a');
      await sut.replace(ref, personDetails({ email: 'b@example.com', mainLanguage: 'cy' }), 'colleague-a');
      const { changes, total } = await sut.changes(ref, { skip: 0, take: 10 });
      expect(total).toBe(2);
      expect(changes[0]).toMatchObject({
        version: 2,
        changedBy: 'colleague-a',
        changedFields: ['email', 'mainLanguage'],
        previous: { email: 'a@example.com', mainLanguage: null },
      });
    });

    it('should keep both of two changes made at once, one after the other', async () => {
      const ref = await person();
      await sut.replace(ref, personDetails(), 'coordinator-a');
      await Promise.all([
        sut.replace(ref, personDetails({ email: 'one@example.com' }), 'coordinator-a'),
        sut.replace(ref, personDetails({ email: 'two@example.com' }), 'colleague-a'),
      ]);
      const { changes } = await sut.changes(ref, { skip: 0, take: 10 });
      expect(changes.map((change) => change.version)).toEqual([3, 2, 1]);
    });

    it("should not find another site's person", async () => {
      const ref = await person();
      await sut.replace(ref, personDetails(), 'coordinator-a');
      expect(await sut.find({ ...ref, siteId: ownSiteId() })).toBeNull();
    });
  });

  describe(PeopleSearchRepository.name, () => {
    const search = new (class {
      run(name: string, siteOf = siteId) {
        return new PeopleSearchRepository(dataSource).search('participant', {
          siteId: siteOf,
          nhsNumber: null,
          name,
          skip: 0,
          take: 10,
        });
      }
    })();

    it('should find a name without its accents, whatever punctuation, at its own site only', async () => {
      const ref = await person();
      await sut.replace(ref, personDetails({ givenName: 'Zoë', familyName: "D'Arcy-Ngữ" }), 'coordinator-a');
      const found = await search.run('zoe darcy ngu');
      expect(found.hits.map((hit) => hit.id)).toEqual([ref.personId]);
      expect(found.hits[0]).toMatchObject({ givenName: 'Zoë', matchedOn: 'name' });
      expect((await search.run('zoe darcy ngu', ownSiteId())).total).toBe(0);
    });
  });

  describe(`${RemindersRepository.name} with details`, () => {
    const reminderFor = async (ref: PersonRef) => {
      const reminders = new RemindersRepository(dataSource);
      const input = reminderRequest({ siteId, recipientId: ref.personId });
      return (await reminders.insertOrFind(input, reminderKey(input))).id;
    };

    it('should reach a person by the address their details know when no preferences are recorded', async () => {
      const ref = await person();
      await sut.replace(
        ref,
        personDetails({
          phones: [{ use: 'mobile', number: '07700 900111' }],
          mainLanguage: 'cy',
          communicationNeeds: ['easy-read'],
        }),
        'coordinator-a',
      );
      const reminder = await new RemindersRepository(dataSource).loadForDelivery(await reminderFor(ref));
      expect(reminder?.contact).toEqual({
        channel: 'sms',
        email: null,
        phone: '07700 900111',
        postalAddress: null,
        format: 'easy-read',
        language: 'cy',
      });
    });

    it("should write in the details' format and language through the preferences' channel", async () => {
      const ref = await person();
      await new ContactPreferencesRepository(dataSource).save({
        recipientType: 'participant',
        recipientId: ref.personId,
        siteId,
        channel: 'email',
        format: 'standard',
        language: 'en',
        email: 'prefs@example.com',
        phone: null,
        postalAddress: null,
        updatedBy: 'coordinator-a',
      });
      await sut.replace(
        ref,
        personDetails({ mainLanguage: 'pa', communicationNeeds: ['large-print'] }),
        'coordinator-a',
      );
      const reminder = await new RemindersRepository(dataSource).loadForDelivery(await reminderFor(ref));
      expect(reminder?.contact).toMatchObject({
        channel: 'email',
        email: 'prefs@example.com',
        format: 'large-print',
        language: 'pa',
      });
    });

    it('should have no contact when neither preferences nor details give a way to reach the person', async () => {
      const ref = await person();
      await sut.replace(ref, personDetails(), 'coordinator-a');
      const reminder = await new RemindersRepository(dataSource).loadForDelivery(await reminderFor(ref));
      expect(reminder?.contact).toBeNull();
    });
  });
});
