import { randomUUID } from 'node:crypto';
import { staffMember } from '../../../../test/factories/case.factory';
import type { AuditService } from '../audit/audit.service';
import type { CarersService } from '../carers/carers.service';
import { type PageQuery, pageOf, pageWindow } from '../common/page.query';
import type { ParticipantsService } from '../participants/participants.service';
import type { PersonDetailsService } from '../people/person-details.service';
import { problems } from '../problem/problem.exception';
import type { DemographicsService } from '../programme/demographics/demographics.service';
import type { ContactPreferencesService } from '../reminders/contact-preferences.service';
import type { RemindersService } from '../reminders/reminders.service';
import type { SpendService } from '../spend/spend.service';
import type { StatementsService } from '../statements/statements.service';
import { SubjectAccessService } from './subject-access.service';

const igLead = staffMember({ staffId: 'ig-lead-a', role: 'ig-lead' });
const GENERATED_AT = new Date('2026-12-01T10:00:00.000Z');

/** The page a list route would answer for `items`. */
const pageFrom = <Item>(items: Item[], query: PageQuery) => {
  const { skip, take } = pageWindow(query);
  return pageOf(query, items.slice(skip, skip + take), items.length);
};

const numbered = (count: number, prefix: string) => Array.from({ length: count }, (_, index) => `${prefix}-${index}`);

/**
 * What the services hold on one person, answering as their routes do (each list a page at a
 * time), with each question asked kept. A part set to an error is answered with it.
 */
class HeldPerson {
  readonly id = randomUUID();
  readonly asked: string[] = [];
  details: object | Error = { givenName: 'Alex', familyName: 'Example' };
  contactPreferences: object | Error = { channel: 'email' };
  record: object | Error = { id: this.id, stage: 'delivery' };
  detailsHistory = numbered(3, 'change');
  timeline = [{ step: 'referral' }, { step: 'review', outcome: 'continue' }, { step: 'offer' }, { step: 'review' }];
  statements = numbered(2, 'statement');
  spend = numbered(150, 'spend');
  reminders = numbered(130, 'reminder');
  carers = numbered(101, 'carer');
  accessLog = [{ seq: 2 }, { seq: 1 }];

  private answer<T>(part: string, held: T | Error): T {
    this.asked.push(part);
    if (held instanceof Error) throw held;
    return held;
  }

  services() {
    const participants = {
      details: async () => this.answer('record', this.record),
      timeline: async () => this.answer('timeline', { participantId: this.id, steps: this.timeline }),
    };
    const personDetails = {
      current: async () => this.answer('details', this.details),
      changes: async (_staff: unknown, _kind: unknown, _id: string, page: PageQuery) =>
        this.answer('details history', pageFrom(this.detailsHistory, page)),
    };
    const demographics = { current: async () => this.answer('demographics', { sex: null }) };
    const contactPreferences = { forParticipant: async () => this.answer('contacts', this.contactPreferences) };
    const statements = {
      list: async (_staff: unknown, _id: string, page: PageQuery) =>
        this.answer(
          'statements',
          pageFrom(
            this.statements.map((id) => ({ id })),
            page,
          ),
        ),
      find: async (_staff: unknown, _id: string, statementId: string) =>
        this.answer('statement', { id: statementId, content: `the whole of ${statementId}` }),
    };
    const spend = {
      list: async (_staff: unknown, _id: string, period: PageQuery) =>
        this.answer('spend', { ...pageFrom(this.spend, period), totals: { spentPence: 150 } }),
    };
    const reminders = {
      forParticipant: async (_staff: unknown, _id: string, page: PageQuery) =>
        this.answer('reminders', pageFrom(this.reminders, page)),
    };
    const carers = {
      forParticipant: async (_staff: unknown, _id: string, page: PageQuery) =>
        this.answer('carers', pageFrom(this.carers, page)),
    };
    const audit = {
      wholeAccessLog: async (_staff: unknown, kind: string, id: string) =>
        this.answer(`access log of ${kind} ${id}`, this.accessLog),
    };
    return new SubjectAccessService(
      participants as unknown as ParticipantsService,
      personDetails as unknown as PersonDetailsService,
      demographics as unknown as DemographicsService,
      contactPreferences as unknown as ContactPreferencesService,
      statements as unknown as StatementsService,
      spend as unknown as SpendService,
      reminders as unknown as RemindersService,
      carers as unknown as CarersService,
      audit as unknown as AuditService,
    );
  }
}

describe(SubjectAccessService.name, () => {
  describe('export', () => {
    it('should hold every part of the person, by whom and when it was made', async () => {
      const person = new HeldPerson();

      const exported = await person.services().export(igLead, person.id, GENERATED_AT);

      expect(exported).toMatchObject({
        participantId: person.id,
        generatedAt: '2026-12-01T10:00:00.000Z',
        generatedBy: 'ig-lead-a',
        record: { id: person.id, stage: 'delivery' },
        details: { givenName: 'Alex' },
        detailsHistory: person.detailsHistory,
        demographics: { sex: null },
        contactPreferences: { channel: 'email' },
        timeline: person.timeline,
        accessLog: person.accessLog,
      });
      expect(person.asked).toContain(`access log of participant ${person.id}`);
    });

    it('should gather every page of each list, not only the first', async () => {
      const person = new HeldPerson();

      const exported = await person.services().export(igLead, person.id, GENERATED_AT);

      expect(exported.reminders).toEqual(person.reminders);
      expect(exported.carers).toEqual(person.carers);
      expect(exported.spend).toEqual({ records: person.spend, totals: { spentPence: 150 } });
      expect(person.asked.filter((part) => part === 'reminders')).toHaveLength(2);
    });

    it('should hold each statement whole, not its summary', async () => {
      const person = new HeldPerson();

      const { statements } = await person.services().export(igLead, person.id, GENERATED_AT);

      expect(statements).toEqual([
        { id: 'statement-0', content: 'the whole of statement-0' },
        { id: 'statement-1', content: 'the whole of statement-1' },
      ]);
    });

    it('should pick the reviews out of the timeline', async () => {
      const person = new HeldPerson();

      const { reviews } = await person.services().export(igLead, person.id, GENERATED_AT);

      expect(reviews).toEqual([{ step: 'review', outcome: 'continue' }, { step: 'review' }]);
    });

    it('should show a part not recorded yet (404 from its own route) as null', async () => {
      const person = new HeldPerson();
      person.details = problems.notFound('Person details');
      person.contactPreferences = problems.notFound('Contact preferences');

      const exported = await person.services().export(igLead, person.id, GENERATED_AT);

      expect(exported).toMatchObject({ details: null, contactPreferences: null, timeline: person.timeline });
    });

    it('should fail, not leave a part out, when a part cannot be read', async () => {
      const person = new HeldPerson();
      person.contactPreferences = problems.unavailable('The store did not answer');

      await expect(person.services().export(igLead, person.id, GENERATED_AT)).rejects.toMatchObject({
        problem: { status: 503 },
      });
    });

    it('should answer 404 for a person the caller cannot find, and gather nothing of them', async () => {
      const person = new HeldPerson();
      person.record = problems.notFound('Participant');

      await expect(person.services().export(igLead, person.id, GENERATED_AT)).rejects.toMatchObject({
        problem: { status: 404 },
      });
      expect(person.asked).toEqual(['record']);
    });
  });
});
