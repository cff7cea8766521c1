import { randomUUID } from 'node:crypto';
import { WITHOUT_CONSENT } from '@ipc/domain';
import type { ConsentDecisionsRepository, ConsentRecord, RecordKind, StoredConsentDecision } from '@ipc/persistence';
import { carerRegistrationRecords, newCarerView } from '../../../../test/factories/carer-records.factory';
import { staffMember } from '../../../../test/factories/case.factory';
import { participantRow } from '../../../../test/factories/participant.factory';
import { personDetails } from '../../../../test/factories/person-details.factory';
import { carersServiceOver, InMemoryCarersRepository } from '../../../../test/in-memory/in-memory-carers.repository';
import { InMemoryParticipants, participantsServiceOver } from '../../../../test/in-memory/journey-stores';
import { todayInLondon } from '../common/calendar-date.validator';
import { ConsentService } from './consent.service';
import type { ConsentDto } from './dto/consent.dto';

/** Decisions kept as recorded; a record's history oldest first by effective date, then as recorded. */
class InMemoryConsentDecisions implements Pick<ConsentDecisionsRepository, 'record' | 'history'> {
  readonly decisions: StoredConsentDecision[] = [];
  private recorded = 0;

  async record(decisions: ConsentRecord[]) {
    const stored = decisions.map((decision) => ({
      ...decision,
      id: randomUUID(),
      recordedAt: new Date(Date.UTC(2026, 10, 30, 9, 0, this.recorded++)),
    }));
    this.decisions.push(...stored);
    return stored;
  }

  async history(recordKind: RecordKind, recordId: string) {
    return this.decisions
      .filter((decision) => decision.recordKind === recordKind && decision.recordId === recordId)
      .sort((a, b) => a.effectiveOn.localeCompare(b.effectiveOn) || a.recordedAt.getTime() - b.recordedAt.getTime());
  }
}

const given = (fields: Partial<ConsentDto> = {}): ConsentDto => ({
  scopes: ['share', 'evaluation'],
  decision: 'given',
  givenBy: 'person',
  capacityAssessed: true,
  effectiveDate: '2026-11-02',
  ...fields,
});

describe(ConsentService.name, () => {
  let decisions: InMemoryConsentDecisions;
  let participants: InMemoryParticipants;
  let carers: InMemoryCarersRepository;
  let sut: ConsentService;

  beforeEach(() => {
    decisions = new InMemoryConsentDecisions();
    participants = new InMemoryParticipants();
    carers = new InMemoryCarersRepository();
    sut = new ConsentService(decisions, participantsServiceOver(participants), carersServiceOver(carers));
  });

  const person = (siteId = 'site-a') => {
    const row = participantRow({ siteId });
    participants.rows.push(row);
    return row.id;
  };

  async function registeredCarer(siteId = 'site-a') {
    const { registration, entry, preferences } = carerRegistrationRecords(newCarerView({ siteId }));
    await carers.register(registration, entry, preferences, personDetails(), async () => undefined);
    return registration.carerId;
  }

  describe('consent', () => {
    it('should show every scope with nothing recorded as null, and an empty history', async () => {
      const id = person();

      await expect(sut.consent(staffMember(), 'participant', id)).resolves.toEqual({
        id,
        inForce: [
          { scope: 'share', decision: null },
          { scope: 'link', decision: null },
          { scope: 'evaluation', decision: null },
        ],
        history: [],
      });
    });

    it("should answer 404 for another site's person or carer, and for a person's id asked as a carer's", async () => {
      const elsewhere = person('site-b');
      const carerElsewhere = await registeredCarer('site-b');

      await expect(sut.consent(staffMember(), 'participant', elsewhere)).rejects.toMatchObject({
        problem: { status: 404, title: 'Participant not found' },
      });
      await expect(sut.consent(staffMember(), 'carer', carerElsewhere)).rejects.toMatchObject({
        problem: { status: 404, title: 'Carer not found' },
      });
      await expect(sut.consent(staffMember(), 'carer', person())).rejects.toMatchObject({ problem: { status: 404 } });
    });
  });

  describe('decide', () => {
    it('should record one decision per scope with the site and who recorded it, and show them in force', async () => {
      const id = person();

      const answer = await sut.decide(staffMember(), 'participant', id, given());

      const recorded = {
        siteId: 'site-a',
        recordKind: 'participant',
        recordId: id,
        decision: 'given',
        givenBy: 'person',
        decidedBy: null,
        capacityAssessed: true,
        reason: null,
        effectiveOn: '2026-11-02',
        recordedBy: 'coordinator-a',
      };
      expect(decisions.decisions).toEqual([
        { ...recorded, scope: 'share', id: expect.any(String), recordedAt: expect.any(Date) },
        { ...recorded, scope: 'evaluation', id: expect.any(String), recordedAt: expect.any(Date) },
      ]);
      expect(answer.inForce.map(({ scope, decision }) => [scope, decision])).toEqual([
        ['share', 'given'],
        ['link', null],
        ['evaluation', 'given'],
      ]);
      expect(answer.history[0]).toEqual({
        id: decisions.decisions[0].id,
        scope: 'share',
        decision: 'given',
        givenBy: 'person',
        decidedBy: null,
        capacityAssessed: true,
        reason: null,
        effectiveOn: '2026-11-02',
        recordedBy: 'coordinator-a',
        recordedAt: decisions.decisions[0].recordedAt.toISOString(),
      });
    });

    it('should keep who decided only for a best-interests decision, and the reason only when declined', async () => {
      const id = person();

      await sut.decide(
        staffMember(),
        'participant',
        id,
        given({ scopes: ['share'], givenBy: 'best-interests', decidedBy: 'Dr A Example, GP', reason: 'unused' }),
      );
      await sut.decide(
        staffMember(),
        'participant',
        id,
        given({
          scopes: ['link'],
          givenBy: 'attorney',
          decidedBy: 'not kept',
          decision: 'declined',
          reason: 'Prefers not',
        }),
      );

      expect(decisions.decisions.map(({ scope, decidedBy, reason }) => ({ scope, decidedBy, reason }))).toEqual([
        { scope: 'share', decidedBy: 'Dr A Example, GP', reason: null },
        { scope: 'link', decidedBy: null, reason: 'Prefers not' },
      ]);
    });

    it("should date a decision without effectiveDate today, and record a carer's at the carer", async () => {
      const carerId = await registeredCarer();

      const answer = await sut.decide(staffMember(), 'carer', carerId, given({ effectiveDate: undefined }));

      expect(answer.id).toBe(carerId);
      expect(decisions.decisions).toEqual([
        expect.objectContaining({ recordKind: 'carer', recordId: carerId, effectiveOn: todayInLondon() }),
        expect.objectContaining({ recordKind: 'carer', recordId: carerId, effectiveOn: todayInLondon() }),
      ]);
    });

    it('should put the latest decision of a scope in force, by effective date rather than as recorded', async () => {
      const id = person();
      await sut.decide(staffMember(), 'participant', id, given({ scopes: ['share'], effectiveDate: '2026-11-10' }));
      const answer = await sut.decide(
        staffMember(),
        'participant',
        id,
        given({ scopes: ['share'], decision: 'declined', reason: 'Changed mind', effectiveDate: '2026-11-01' }),
      );

      expect(answer.inForce[0]).toMatchObject({ scope: 'share', decision: 'given', effectiveOn: '2026-11-10' });
      expect(answer.history.map((decision) => decision.effectiveOn)).toEqual(['2026-11-01', '2026-11-10']);
    });

    it("should answer 404 for another site's person, recording nothing", async () => {
      const elsewhere = person('site-b');
      await expect(sut.decide(staffMember(), 'participant', elsewhere, given())).rejects.toMatchObject({
        problem: { status: 404 },
      });
      expect(decisions.decisions).toEqual([]);
    });
  });

  describe('withdraw', () => {
    it('should record each scope withdrawn with the reason, and say what follows for each', async () => {
      const id = person();
      await sut.decide(staffMember(), 'participant', id, given({ scopes: ['share', 'link', 'evaluation'] }));

      const answer = await sut.withdraw(staffMember({ staffId: 'colleague-a' }), 'participant', id, {
        scopes: ['evaluation', 'share'],
        reason: 'No longer wishes to take part',
        effectiveDate: '2026-11-20',
      });

      expect(decisions.decisions.slice(3)).toEqual([
        expect.objectContaining({
          scope: 'evaluation',
          decision: 'withdrawn',
          givenBy: null,
          decidedBy: null,
          capacityAssessed: null,
          reason: 'No longer wishes to take part',
          effectiveOn: '2026-11-20',
          recordedBy: 'colleague-a',
          siteId: 'site-a',
        }),
        expect.objectContaining({ scope: 'share', decision: 'withdrawn' }),
      ]);
      expect(answer.inForce.map(({ scope, decision }) => [scope, decision])).toEqual([
        ['share', 'withdrawn'],
        ['link', 'given'],
        ['evaluation', 'withdrawn'],
      ]);
      expect(answer.whatFollows).toEqual([
        { scope: 'evaluation', whatFollows: WITHOUT_CONSENT.evaluation },
        { scope: 'share', whatFollows: WITHOUT_CONSENT.share },
      ]);
    });

    it('should refuse scopes not given now (409 consent-not-given naming them), recording nothing', async () => {
      const id = person();
      await sut.decide(staffMember(), 'participant', id, given({ scopes: ['share'] }));
      await sut.decide(
        staffMember(),
        'participant',
        id,
        given({ scopes: ['evaluation'], decision: 'declined', reason: 'Prefers not' }),
      );
      const before = decisions.decisions.length;

      await expect(
        sut.withdraw(staffMember(), 'participant', id, {
          scopes: ['share', 'link', 'evaluation'],
          reason: 'Moving away',
        }),
      ).rejects.toMatchObject({
        problem: {
          status: 409,
          type: expect.stringMatching(/\/consent-not-given$/),
          detail: 'not given now: link, evaluation',
          scopes: ['link', 'evaluation'],
        },
      });
      expect(decisions.decisions).toHaveLength(before);
    });

    it('should refuse withdrawing a scope twice (409)', async () => {
      const id = person();
      await sut.decide(staffMember(), 'participant', id, given({ scopes: ['share'] }));
      await sut.withdraw(staffMember(), 'participant', id, { scopes: ['share'], reason: 'Moving away' });

      await expect(
        sut.withdraw(staffMember(), 'participant', id, { scopes: ['share'], reason: 'Moving away' }),
      ).rejects.toMatchObject({ problem: { status: 409, scopes: ['share'] } });
    });

    it("should answer 404 for another site's carer", async () => {
      const carerElsewhere = await registeredCarer('site-b');
      await expect(
        sut.withdraw(staffMember(), 'carer', carerElsewhere, { scopes: ['share'], reason: 'Moving away' }),
      ).rejects.toMatchObject({ problem: { status: 404, title: 'Carer not found' } });
    });
  });
});
