import { randomUUID } from 'node:crypto';
import type { CrisisEvent, CrisisEventsRepository, StoredCrisisEvent } from '@ipc/persistence';
import { staffMember } from '../../../../test/factories/case.factory';
import { participantRow } from '../../../../test/factories/participant.factory';
import { InMemoryParticipants, participantsServiceOver } from '../../../../test/in-memory/journey-stores';
import { CrisisEventsService } from './crisis-events.service';
import type { CrisisEventDto } from './dto/crisis-event.dto';

const RECORDED_AT = new Date('2026-11-20T10:15:00.000Z');

/** Crisis events kept as recorded, each person's in the order they happened. */
class InMemoryCrisisEvents implements Pick<CrisisEventsRepository, 'record' | 'eventsOf'> {
  readonly events: StoredCrisisEvent[] = [];

  async record(event: CrisisEvent) {
    const stored = { ...event, id: randomUUID(), recordedAt: RECORDED_AT };
    this.events.push(stored);
    return stored;
  }

  async eventsOf(participantId: string) {
    return this.events
      .filter((event) => event.participantId === participantId)
      .sort((a, b) => a.occurredOn.localeCompare(b.occurredOn));
  }
}

const admission = (fields: Partial<CrisisEventDto> = {}): CrisisEventDto => ({
  kind: 'unplanned-admission',
  occurredOn: '2026-11-14',
  source: 'hospital-discharge-notice',
  ...fields,
});

describe(CrisisEventsService.name, () => {
  let events: InMemoryCrisisEvents;
  let participants: InMemoryParticipants;
  let sut: CrisisEventsService;

  beforeEach(() => {
    events = new InMemoryCrisisEvents();
    participants = new InMemoryParticipants();
    sut = new CrisisEventsService(events, participantsServiceOver(participants));
  });

  describe('record', () => {
    it('should keep the event with the site and the staff member who recorded it, and answer its view', async () => {
      const person = participantRow({ stage: 'delivery' });
      participants.rows.push(person);

      const answer = await sut.record(staffMember(), person.id, admission({ note: 'Fall at home' }));

      expect(events.events).toEqual([
        {
          id: answer.id,
          participantId: person.id,
          siteId: 'site-a',
          kind: 'unplanned-admission',
          occurredOn: '2026-11-14',
          source: 'hospital-discharge-notice',
          note: 'Fall at home',
          recordedBy: 'coordinator-a',
          recordedAt: RECORDED_AT,
        },
      ]);
      expect(answer).toEqual({
        id: answer.id,
        kind: 'unplanned-admission',
        occurredOn: '2026-11-14',
        source: 'hospital-discharge-notice',
        note: 'Fall at home',
        recordedBy: 'coordinator-a',
        recordedAt: '2026-11-20T10:15:00.000Z',
      });
    });

    it('should keep a missing note as null', async () => {
      const person = participantRow();
      participants.rows.push(person);

      await expect(sut.record(staffMember(), person.id, admission())).resolves.toMatchObject({ note: null });
      expect(events.events[0].note).toBeNull();
    });

    it('should refuse an event before the date of birth (400 on occurredOn), and take one on that day', async () => {
      const person = participantRow({ dateOfBirth: '2010-03-04' });
      participants.rows.push(person);

      await expect(sut.record(staffMember(), person.id, admission({ occurredOn: '2010-03-03' }))).rejects.toMatchObject(
        { problem: { status: 400, errors: [{ field: 'occurredOn', reason: 'must not be before the date of birth' }] } },
      );
      expect(events.events).toEqual([]);
      await expect(
        sut.record(staffMember(), person.id, admission({ occurredOn: '2010-03-04' })),
      ).resolves.toMatchObject({
        occurredOn: '2010-03-04',
      });
    });

    it("should answer 404 for another site's person and record nothing", async () => {
      const elsewhere = participantRow({ siteId: 'site-b' });
      participants.rows.push(elsewhere);

      await expect(sut.record(staffMember(), elsewhere.id, admission())).rejects.toMatchObject({
        problem: { status: 404, title: 'Participant not found' },
      });
      expect(events.events).toEqual([]);
    });
  });

  describe('list', () => {
    it("should give the person's events in the order they happened, and no one else's", async () => {
      const person = participantRow();
      const other = participantRow();
      participants.rows.push(person, other);
      await sut.record(staffMember(), person.id, admission({ occurredOn: '2026-11-14' }));
      await sut.record(staffMember(), other.id, admission({ occurredOn: '2026-11-01' }));
      await sut.record(
        staffMember(),
        person.id,
        admission({ kind: 'crisis', source: 'crisis-team', occurredOn: '2026-10-02' }),
      );

      const answer = await sut.list(staffMember(), person.id);

      expect(answer.participantId).toBe(person.id);
      expect(answer.items.map(({ kind, occurredOn }) => [kind, occurredOn])).toEqual([
        ['crisis', '2026-10-02'],
        ['unplanned-admission', '2026-11-14'],
      ]);
      expect(answer.items[0].recordedAt).toBe('2026-11-20T10:15:00.000Z');
    });

    it("should answer 404 for another site's person", async () => {
      const elsewhere = participantRow({ siteId: 'site-b' });
      participants.rows.push(elsewhere);
      await expect(sut.list(staffMember(), elsewhere.id)).rejects.toMatchObject({ problem: { status: 404 } });
    });
  });
});
