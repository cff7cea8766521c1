import { loadConfig } from '@ipc/config';
import { DEFAULT_REVIEW_RULES, type JourneyStep, type NewJourney, type RecordedStep } from '@ipc/domain';
import type { CaseRecoveryRepository, ParticipantsRepository, TimelineRepository } from '@ipc/persistence';
import { dateFromToday } from '../../../../test/factories/carer.factory';
import { caseOwner, staffMember, timelineEntry } from '../../../../test/factories/case.factory';
import { journeyView, participantRow } from '../../../../test/factories/participant.factory';
import { InMemoryCaseRecoveryRepository } from '../../../../test/in-memory/in-memory-case-recovery.repository';
import { InMemoryTimelines } from '../../../../test/in-memory/in-memory-timelines.repository';
import { InMemoryParticipants, recordedSteps } from '../../../../test/in-memory/journey-stores';
import { carerCase, type CaseKind, type CaseStep, journeyCase } from '../cases/case-kind';
import type { CaseWorkflowClient } from '../cases/case-workflow.client';
import { todayInLondon } from '../common/calendar-date.validator';
import { CaseRecoveryService } from '../recovery/case-recovery.service';
import { CorrectionsService } from './corrections.service';

const coordinator = staffMember();
const REASON = 'Recorded against the wrong visit';
const OFFER_DETAILS = { informationFormat: 'easy-read', language: 'en' };

/** The reopened journey as the new run's first activity records it, and as the run answers a query. */
const REOPENED = journeyView({ stage: 'identified', sequence: 3 });
const RUNNING = journeyView({ stage: 'identified', sequence: 3, allowedSteps: ['offer'] });

/**
 * Our workflow client as reopening uses it: each start is kept and, like the new run's first
 * activity, records the reopening under its request id (unless `recordsAnswer` is off); a query
 * answers the running journey.
 */
class ReopeningWorkflows implements Pick<CaseWorkflowClient, 'start' | 'query'> {
  readonly started: unknown[] = [];
  recordsAnswer = true;

  constructor(private readonly timelines: InMemoryTimelines) {}

  async start<Step extends CaseStep, View, Input>(kind: CaseKind<Step, View, Input>, ownerId: string, input: Input) {
    this.started.push(input);
    const { step } = (input as { reopen: { step: JourneyStep<'reopen'> } }).reopen;
    if (!this.recordsAnswer) return;
    await this.timelines.addEntry(
      kind.timeline,
      ownerId,
      timelineEntry({ requestId: step.requestId, sequence: 3, step: 'reopen', fromStage: 'closed' }),
      REOPENED,
    );
  }

  async query<View>() {
    return RUNNING as View;
  }
}

function setup() {
  const timelines = new InMemoryTimelines();
  const { steps, requests } = recordedSteps(journeyView({ stage: 'offered', sequence: 3 }));
  const workflows = new ReopeningWorkflows(timelines);
  const participants = new InMemoryParticipants();
  const records = new InMemoryCaseRecoveryRepository(DEFAULT_REVIEW_RULES);
  const config = loadConfig({});
  const unused = null as never;
  const recovery = new CaseRecoveryService(records as unknown as CaseRecoveryRepository, unused, unused, config);
  const sut = new CorrectionsService(
    timelines as unknown as TimelineRepository,
    steps,
    workflows as unknown as CaseWorkflowClient,
    recovery,
    participants as unknown as ParticipantsRepository,
    config,
  );
  return { sut, timelines, steps, requests, workflows, participants, records, config };
}

type Setup = ReturnType<typeof setup>;

/** A journey referred on 1 September, identified on the 3rd and offered on the 10th (its narrative kept). */
async function offeredJourney({ timelines }: Setup, kind: CaseKind = journeyCase) {
  const owner = timelines.add(kind.timeline, caseOwner({ stage: 'offered', openedOn: '2026-09-01' }));
  const recorded = [
    timelineEntry({ sequence: 0, step: 'referral', fromStage: null, toStage: 'referred', effectiveOn: '2026-09-01' }),
    timelineEntry({ sequence: 1 }),
    timelineEntry({
      sequence: 2,
      step: 'offer',
      fromStage: 'identified',
      toStage: 'offered',
      effectiveOn: '2026-09-10',
      details: OFFER_DETAILS,
    }),
  ];
  for (const entry of recorded) await timelines.addEntry(kind.timeline, owner.id, entry, {});
  const offer = recorded[2];
  await timelines.saveNarrative(kind.timeline, owner.id, {
    requestId: offer.requestId,
    step: 'offer',
    text: { notes: 'Prefers mornings', advocacyNotes: 'None needed' },
  });
  return owner;
}

/** A participant identified 60 days ago and closed on `closedOn`, with the record recovery rebuilds them from. */
function closedJourney({ timelines, participants, records }: Setup, closedOn: string, closedTo = 'closed') {
  const row = participantRow({ stage: 'closed', closedOn, closureReason: 'withdrew' });
  participants.rows.push(row);
  timelines.add(journeyCase.timeline, caseOwner({ id: row.id, stage: 'closed', openedOn: row.referredOn }));
  const referral: NewJourney = {
    participantId: row.id,
    siteId: row.siteId,
    teamId: row.teamId,
    cohort: 'multiple-long-term-conditions',
    referredOn: dateFromToday(-70),
  };
  const actor = { staffId: 'coordinator-a', teamId: 'team-a1' };
  const steps: RecordedStep[] = [
    {
      sequence: 1,
      step: 'identification',
      requestId: 'identified',
      actor,
      effectiveDate: dateFromToday(-60),
      payload: { eligible: true, consentToShare: true },
      toStage: 'identified',
    },
    {
      sequence: 2,
      step: 'closure',
      requestId: 'closed',
      actor,
      effectiveDate: closedOn,
      payload: { reason: 'withdrew' },
      toStage: closedTo,
    },
  ];
  records.addJourney(referral, steps);
  return row;
}

describe(CorrectionsService.name, () => {
  describe('amend', () => {
    it('should keep a narrative amendment beside what it corrects, by whom, and show the entry amended', async () => {
      const context = setup();
      const owner = await offeredJourney(context);

      const amended = await context.sut.amend(
        journeyCase,
        coordinator,
        owner.id,
        '2',
        { reason: REASON, narrative: { notes: 'Prefers afternoons', advocacyNotes: 'None needed' } },
        'key-1',
      );

      expect(await context.timelines.amendments(journeyCase.timeline, owner.id)).toEqual([
        expect.objectContaining({
          requestId: 'key-1',
          sequence: 2,
          field: 'narrative',
          original: { notes: 'Prefers mornings' },
          amended: { notes: 'Prefers afternoons' },
          reason: REASON,
          amendedBy: 'coordinator-a',
        }),
      ]);
      expect(amended).toMatchObject({
        sequence: 2,
        amended: true,
        details: { ...OFFER_DETAILS, notes: 'Prefers afternoons' },
        original: { details: { notes: 'Prefers mornings' } },
      });
      expect(context.requests).toEqual([]);
    });

    it('should record nothing when every field given says what it said', async () => {
      const context = setup();
      const owner = await offeredJourney(context);

      const entry = await context.sut.amend(
        journeyCase,
        coordinator,
        owner.id,
        '2',
        { reason: REASON, narrative: { notes: 'Prefers mornings' } },
        'key-1',
      );

      expect(entry).toMatchObject({ sequence: 2, amended: false });
      expect(await context.timelines.amendments(journeyCase.timeline, owner.id)).toEqual([]);
    });

    it('should refuse a narrative field the step never wrote (400 naming it), and keep nothing', async () => {
      const context = setup();
      const owner = await offeredJourney(context);

      await expect(
        context.sut.amend(
          journeyCase,
          coordinator,
          owner.id,
          '2',
          { reason: REASON, narrative: { informationFormat: 'standard' } },
          'key-1',
        ),
      ).rejects.toMatchObject({
        problem: {
          status: 400,
          errors: [{ field: 'narrative.informationFormat', reason: 'the offer step wrote no such field' }],
        },
      });
      expect(await context.timelines.amendments(journeyCase.timeline, owner.id)).toEqual([]);
    });

    it('should refuse an amendment that gives neither a narrative nor a date (400 on narrative)', async () => {
      const context = setup();
      const owner = await offeredJourney(context);
      await expect(
        context.sut.amend(journeyCase, coordinator, owner.id, '2', { reason: REASON }, 'key-1'),
      ).rejects.toMatchObject({ problem: { status: 400, errors: [expect.objectContaining({ field: 'narrative' })] } });
    });

    it("should send a journey step's new date to the workflow with its neighbours' dates, then keep the amendment", async () => {
      const context = setup();
      const owner = await offeredJourney(context);

      await context.sut.amend(
        journeyCase,
        coordinator,
        owner.id,
        '1',
        { reason: REASON, effectiveDate: '2026-09-02' },
        'key-1',
      );

      expect(context.requests).toEqual([
        expect.objectContaining({
          participantId: owner.id,
          step: 'amendment',
          idempotencyKey: 'key-1',
          content: {
            payload: {
              sequence: 1,
              step: 'identification',
              originalDate: '2026-09-03',
              amendedDate: '2026-09-02',
              previousStepOn: '2026-09-01',
              nextStepOn: '2026-09-10',
              entersCurrentStage: false,
            },
            narrative: { reason: REASON },
          },
        }),
      ]);
      expect(await context.timelines.amendments(journeyCase.timeline, owner.id)).toEqual([
        expect.objectContaining({ field: 'effective-date', original: '2026-09-03', amended: '2026-09-02' }),
      ]);
    });

    it('should tell the workflow when the amended step is the one that entered the current stage', async () => {
      const context = setup();
      const owner = await offeredJourney(context);

      await context.sut.amend(
        journeyCase,
        coordinator,
        owner.id,
        '2',
        { reason: REASON, effectiveDate: '2026-09-09' },
        'key-1',
      );

      expect(context.requests[0].content.payload).toMatchObject({
        previousStepOn: '2026-09-03',
        nextStepOn: null,
        entersCurrentStage: true,
      });
    });

    it('should keep no date amendment the workflow refuses', async () => {
      const context = setup();
      const owner = await offeredJourney(context);
      context.steps.send = async () => {
        throw new Error('refused by the journey');
      };

      await expect(
        context.sut.amend(
          journeyCase,
          coordinator,
          owner.id,
          '1',
          { reason: REASON, effectiveDate: '2026-09-02' },
          'k',
        ),
      ).rejects.toThrow('refused by the journey');
      expect(await context.timelines.amendments(journeyCase.timeline, owner.id)).toEqual([]);
    });

    it("should take only narrative amendments of a carer's step (400 on effectiveDate)", async () => {
      const context = setup();
      const owner = await offeredJourney(context, carerCase);

      await expect(
        context.sut.amend(carerCase, coordinator, owner.id, '2', { reason: REASON, effectiveDate: '2026-09-09' }, 'k'),
      ).rejects.toMatchObject({
        problem: { status: 400, errors: [expect.objectContaining({ field: 'effectiveDate' })] },
      });
      await expect(
        context.sut.amend(
          carerCase,
          coordinator,
          owner.id,
          '2',
          { reason: REASON, narrative: { notes: 'Later' } },
          'k',
        ),
      ).resolves.toMatchObject({ amended: true, details: { notes: 'Later' } });
      expect(context.requests).toEqual([]);
    });

    it('should answer 404 for an entry the timeline does not have, and 409 for the opening entry', async () => {
      const context = setup();
      const owner = await offeredJourney(context);
      const amend = (entryId: string) =>
        context.sut.amend(journeyCase, coordinator, owner.id, entryId, { reason: REASON, narrative: {} }, 'k');

      for (const entryId of ['9', 'two', '-1', '1e3']) {
        await expect(amend(entryId)).rejects.toMatchObject({
          problem: { status: 404, title: 'Timeline entry not found' },
        });
      }
      await expect(amend('0')).rejects.toMatchObject({
        problem: {
          status: 409,
          correction: 'amendment',
          detail: 'entry 0 (referral) is not a step that can be corrected',
        },
      });
    });

    it('should refuse to amend a correction itself (409)', async () => {
      const context = setup();
      const owner = await offeredJourney(context);
      await context.timelines.addEntry(
        journeyCase.timeline,
        owner.id,
        timelineEntry({ sequence: 3, step: 'amendment', fromStage: 'offered', toStage: 'offered' }),
        {},
      );
      await expect(
        context.sut.amend(journeyCase, coordinator, owner.id, '3', { reason: REASON, narrative: {} }, 'k'),
      ).rejects.toMatchObject({ problem: { status: 409, correction: 'amendment' } });
    });

    it("should answer 404 for another site's case, or an id that is not a UUID", async () => {
      const context = setup();
      const owner = await offeredJourney(context);
      const dto = { reason: REASON, narrative: { notes: 'x' } };
      await expect(
        context.sut.amend(journeyCase, staffMember({ siteId: 'site-b' }), owner.id, '2', dto, 'k'),
      ).rejects.toMatchObject({ problem: { status: 404, title: 'Participant not found' } });
      await expect(context.sut.amend(carerCase, coordinator, 'not-a-uuid', '2', dto, 'k')).rejects.toMatchObject({
        problem: { status: 404, title: 'Carer not found' },
      });
    });
  });

  describe('enterInError', () => {
    it('should ask the journey to step back from the entry, with the reason kept as narrative', async () => {
      const context = setup();
      const owner = await offeredJourney(context);

      const answer = await context.sut.enterInError(coordinator, owner.id, '2', { reason: REASON }, 'key-1');

      expect(answer).toMatchObject({ stage: 'offered', sequence: 3 });
      expect(context.requests).toEqual([
        expect.objectContaining({
          step: 'entered-in-error',
          idempotencyKey: 'key-1',
          content: { payload: { sequence: 2 }, narrative: { reason: REASON } },
        }),
      ]);
    });

    it('should refuse an entry already marked entered in error (409), asking the journey nothing', async () => {
      const context = setup();
      const owner = await offeredJourney(context);
      await context.timelines.addEntry(
        journeyCase.timeline,
        owner.id,
        timelineEntry({ sequence: 3, step: 'entered-in-error', fromStage: 'offered', details: { sequence: 2 } }),
        {},
      );

      await expect(
        context.sut.enterInError(coordinator, owner.id, '2', { reason: REASON }, 'key-1'),
      ).rejects.toMatchObject({ problem: { status: 409, detail: 'the step is already marked entered in error' } });
      expect(context.requests).toEqual([]);
    });
  });

  describe('reopen', () => {
    it('should start the journey again from its rebuilt record with the reopening step, and answer as recorded', async () => {
      const context = setup();
      const row = closedJourney(context, dateFromToday(-2));

      const answer = await context.sut.reopen(coordinator, row.id, { reason: REASON }, 'key-1');

      expect(answer).toEqual(REOPENED);
      const [input] = context.workflows.started as { reopen: { closed: { stage: string }; step: unknown } }[];
      expect(input.reopen.closed).toMatchObject({ stage: 'closed', sequence: 2 });
      expect(input.reopen.step).toEqual({
        name: 'reopen',
        requestId: 'key-1',
        actor: { staffId: 'coordinator-a', teamId: 'team-a1' },
        effectiveDate: todayInLondon(),
        payload: { withinDays: context.config.journeys.reopenWithinDays },
      });
      expect(context.timelines.narratives.get(`step_narratives/${row.id}/key-1`)).toEqual({
        requestId: 'key-1',
        step: 'reopen',
        text: { reason: REASON },
      });
    });

    it('should give a retried reopening its first answer without starting the journey again', async () => {
      const context = setup();
      const row = closedJourney(context, dateFromToday(-2));
      await context.sut.reopen(coordinator, row.id, { reason: REASON }, 'key-1');

      await expect(context.sut.reopen(coordinator, row.id, { reason: REASON }, 'key-1')).resolves.toEqual(REOPENED);
      expect(context.workflows.started).toHaveLength(1);
    });

    it('should answer as the new run holds it when its first answer is not recorded in time', async () => {
      jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate'] });
      try {
        const context = setup();
        const row = closedJourney(context, dateFromToday(-2));
        context.workflows.recordsAnswer = false;

        const answer = context.sut.reopen(coordinator, row.id, { reason: REASON }, 'key-1');
        await jest.advanceTimersByTimeAsync(10_100);

        await expect(answer).resolves.toEqual(RUNNING);
      } finally {
        jest.useRealTimers();
      }
    });

    it('should refuse a journey that is not closed (409)', async () => {
      const context = setup();
      const owner = await offeredJourney(context);
      await expect(context.sut.reopen(coordinator, owner.id, { reason: REASON }, 'k')).rejects.toMatchObject({
        problem: { status: 409, correction: 'reopen', detail: 'the journey is not closed' },
      });
    });

    it('should refuse while the person has an open journey at the site since, naming it (409)', async () => {
      const context = setup();
      const row = closedJourney(context, dateFromToday(-2));
      const since = participantRow({ nhsNumber: row.nhsNumber });
      context.participants.rows.push(since);

      await expect(context.sut.reopen(coordinator, row.id, { reason: REASON }, 'k')).rejects.toMatchObject({
        problem: { status: 409, detail: `the person has an open journey since (${since.id})` },
      });
      expect(context.workflows.started).toEqual([]);
    });

    it('should refuse a journey closed longer ago than the configured days, with the journey’s reason (409)', async () => {
      const context = setup();
      const withinDays = context.config.journeys.reopenWithinDays;
      const row = closedJourney(context, dateFromToday(-(withinDays + 1)));

      await expect(context.sut.reopen(coordinator, row.id, { reason: REASON }, 'k')).rejects.toMatchObject({
        problem: { status: 409, correction: 'reopen', detail: expect.stringContaining(`within ${withinDays} days`) },
      });
      expect(context.workflows.started).toEqual([]);
      expect(context.timelines.narratives.size).toBe(0);
    });

    it('should refuse a journey whose record disagrees with itself (409), starting nothing', async () => {
      const context = setup();
      const row = closedJourney(context, dateFromToday(-2), 'offered');

      await expect(context.sut.reopen(coordinator, row.id, { reason: REASON }, 'k')).rejects.toMatchObject({
        problem: { status: 409, correction: 'reopen', detail: expect.stringContaining('the record disagrees') },
      });
      expect(context.workflows.started).toEqual([]);
    });

    it("should answer 404 for another site's participant", async () => {
      const context = setup();
      const row = closedJourney(context, dateFromToday(-2));
      await expect(
        context.sut.reopen(staffMember({ siteId: 'site-b' }), row.id, { reason: REASON }, 'k'),
      ).rejects.toMatchObject({ problem: { status: 404, title: 'Participant not found' } });
    });
  });
});
