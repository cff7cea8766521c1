import type { CaseOwner, TimelineRepository } from '@ipc/persistence';
import { caseOwner, staffMember } from '../../../../test/factories/case.factory';
import { InMemoryTimelines } from '../../../../test/in-memory/in-memory-timelines.repository';
import { todayInLondon } from '../common/calendar-date.validator';
import { ApiMetrics } from '../metrics/metrics';
import type { JourneyStepDraft } from '../participants/journey.steps';
import { problems, type ProblemException } from '../problem/problem.exception';
import { carerCase, type CaseKind, type CaseStep, type CaseView, journeyCase } from './case-kind';
import { CaseStepsService } from './case-steps.service';
import type { CaseWorkflowClient, StepDelivery } from './case-workflow.client';

/** Our workflow client's contract: records each step sent and answers as told. */
class ScriptedWorkflows implements Pick<CaseWorkflowClient, 'sendStep' | 'hasTaken'> {
  readonly sent: CaseStep[] = [];
  answer: StepDelivery<unknown> | Error = { outcome: 'accepted', view: { stage: 'offered' } };
  /** How many steps the workflow has taken; undefined when it has ended. */
  stepsTaken: number | undefined = 2;

  async hasTaken<View extends CaseView>(_kind: unknown, _ownerId: string, recorded: View) {
    return this.stepsTaken === undefined || this.stepsTaken >= recorded.sequence;
  }

  async sendStep<Step extends CaseStep, View, Input>(_kind: CaseKind<Step, View, Input>, _ownerId: string, step: Step) {
    this.sent.push(step);
    if (this.answer instanceof Error) throw this.answer;
    return this.answer as StepDelivery<View>;
  }
}

const offerDraft = (effectiveDate?: string): JourneyStepDraft<'offer'> => ({
  name: 'offer',
  payload: { informationFormat: 'easy-read', language: 'en', advocacy: 'declined', communityConnectorId: 'cc-7' },
  narrative: { notes: 'Prefers mornings' },
  effectiveDate,
});

const statusOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'resolved',
    (error: ProblemException) => error.getStatus(),
  );

describe(CaseStepsService.name, () => {
  let timelines: InMemoryTimelines;
  let workflows: ScriptedWorkflows;
  let metrics: ApiMetrics;
  let sut: CaseStepsService;
  const staff = staffMember();

  beforeEach(() => {
    timelines = new InMemoryTimelines();
    workflows = new ScriptedWorkflows();
    metrics = new ApiMetrics();
    sut = new CaseStepsService(
      timelines as unknown as TimelineRepository,
      workflows as unknown as CaseWorkflowClient,
      metrics,
    );
  });

  const narrativeOf = (owner: CaseOwner, requestId: string) =>
    timelines.narratives.get(`step_narratives/${owner.id}/${requestId}`);

  describe('send', () => {
    it('should send the decision with who, the request id and the date, and return the workflow answer', async () => {
      const owner = timelines.add(journeyCase.timeline, caseOwner());

      const view = await sut.send(journeyCase, staff, owner.id, offerDraft('2026-09-10'), 'key-1');

      expect(view).toEqual({ stage: 'offered' });
      expect(workflows.sent).toEqual([
        {
          name: 'offer',
          requestId: 'key-1',
          actor: { staffId: 'coordinator-a', teamId: 'team-a1' },
          effectiveDate: '2026-09-10',
          payload: offerDraft().payload,
        },
      ]);
    });

    it('should keep the narrative under the request id, never in the decision', async () => {
      const owner = timelines.add(journeyCase.timeline, caseOwner());

      await sut.send(journeyCase, staff, owner.id, offerDraft(), 'key-1');

      expect(narrativeOf(owner, 'key-1')).toEqual({
        requestId: 'key-1',
        step: 'offer',
        text: { notes: 'Prefers mornings' },
      });
      expect(JSON.stringify(workflows.sent)).not.toContain('Prefers mornings');
    });

    it('should date a step today (Europe/London) when the request gives no date', async () => {
      const owner = timelines.add(journeyCase.timeline, caseOwner());

      await sut.send(journeyCase, staff, owner.id, offerDraft(), 'key-1');

      expect(workflows.sent[0]?.effectiveDate).toBe(todayInLondon());
    });

    it('should return the first answer to a repeated request id the workflow has taken, sending nothing', async () => {
      const owner = timelines.add(journeyCase.timeline, caseOwner());
      timelines.answers.set(`journey_steps/${owner.id}/key-1`, {
        step: 'offer',
        stateAfter: { stage: 'first', sequence: 2 },
      });

      await expect(sut.send(journeyCase, staff, owner.id, offerDraft(), 'key-1')).resolves.toEqual({
        stage: 'first',
        sequence: 2,
      });
      workflows.stepsTaken = undefined;
      await expect(sut.send(journeyCase, staff, owner.id, offerDraft(), 'key-1')).resolves.toMatchObject({
        stage: 'first',
      });
      expect(workflows.sent).toEqual([]);
    });

    it('should send a recorded step again under its request id when the workflow never took it', async () => {
      const owner = timelines.add(journeyCase.timeline, caseOwner());
      timelines.answers.set(`journey_steps/${owner.id}/key-1`, {
        step: 'offer',
        stateAfter: { stage: 'first', sequence: 2 },
      });
      // A Temporal server that died before storing the workflow task left the record alone.
      workflows.stepsTaken = 1;
      workflows.answer = { outcome: 'accepted', view: { stage: 'offered', sequence: 2 } };

      await expect(sut.send(journeyCase, staff, owner.id, offerDraft(), 'key-1')).resolves.toEqual({
        stage: 'offered',
        sequence: 2,
      });
      expect(workflows.sent.map((step) => step.requestId)).toEqual(['key-1']);
    });

    it('should refuse a request id first used for another step with 422', async () => {
      const owner = timelines.add(journeyCase.timeline, caseOwner());
      timelines.answers.set(`journey_steps/${owner.id}/key-1`, { step: 'identification', stateAfter: {} });

      await expect(statusOf(sut.send(journeyCase, staff, owner.id, offerDraft(), 'key-1'))).resolves.toBe(422);
      expect(workflows.sent).toEqual([]);
    });

    it('should refuse a step dated before the case opened with 400, keeping nothing', async () => {
      const owner = timelines.add(journeyCase.timeline, caseOwner({ openedOn: '2026-09-01' }));

      await expect(sut.send(journeyCase, staff, owner.id, offerDraft('2026-08-31'), 'key-1')).rejects.toMatchObject({
        problem: {
          status: 400,
          errors: [{ field: 'effectiveDate', reason: expect.stringContaining('referral date') }],
        },
      });
      expect(narrativeOf(owner, 'key-1')).toBeUndefined();
      expect(workflows.sent).toEqual([]);
    });

    it("should answer 404 naming the kind's owner for another site's case or an id that is no uuid", async () => {
      const owner = timelines.add(carerCase.timeline, caseOwner(), 'site-b');
      const draft = { name: 'closure' as const, payload: { reason: 'moved-away' as const }, narrative: {} };

      for (const id of [owner.id, 'nobody']) {
        await expect(sut.send(carerCase, staff, id, draft, 'key-1')).rejects.toMatchObject({
          problem: { status: 404, title: 'Carer not found' },
        });
      }
    });

    it("should forget the narrative and throw the workflow's refusal", async () => {
      const owner = timelines.add(journeyCase.timeline, caseOwner());
      const refusal = problems.validation([{ field: 'language', reason: 'unknown' }]);
      workflows.answer = { outcome: 'refused', problem: refusal };

      await expect(sut.send(journeyCase, staff, owner.id, offerDraft(), 'key-1')).rejects.toBe(refusal);
      expect(narrativeOf(owner, 'key-1')).toBeUndefined();
    });

    it('should refuse every step of a closed case whose workflow is gone with 409', async () => {
      const owner = timelines.add(journeyCase.timeline, caseOwner({ stage: 'closed' }));
      workflows.answer = { outcome: 'gone' };

      await expect(sut.send(journeyCase, staff, owner.id, offerDraft(), 'key-1')).rejects.toMatchObject({
        problem: { status: 409, type: expect.stringContaining('illegal-step'), stage: 'closed', allowedSteps: [] },
      });
      expect(narrativeOf(owner, 'key-1')).toBeUndefined();
    });

    it('should answer 503 needs recovery for an open case whose workflow is gone, keeping nothing', async () => {
      const owner = timelines.add(journeyCase.timeline, caseOwner({ stage: 'offered' }));
      workflows.answer = { outcome: 'gone' };

      await expect(sut.send(journeyCase, staff, owner.id, offerDraft(), 'key-1')).rejects.toMatchObject({
        problem: { status: 503, type: expect.stringContaining('case-needs-recovery'), kind: 'journey', id: owner.id },
      });
      expect(narrativeOf(owner, 'key-1')).toBeUndefined();
    });

    it('should keep the narrative when the outcome is unknown, for the retry with the same key', async () => {
      const owner = timelines.add(journeyCase.timeline, caseOwner());
      workflows.answer = problems.unavailable('The journey did not answer in time');

      await expect(statusOf(sut.send(journeyCase, staff, owner.id, offerDraft(), 'key-1'))).resolves.toBe(503);
      expect(narrativeOf(owner, 'key-1')).toBeDefined();
    });

    it('should count accepted and refused steps by kind and step', async () => {
      const owner = timelines.add(journeyCase.timeline, caseOwner());
      await sut.send(journeyCase, staff, owner.id, offerDraft(), 'key-1');
      workflows.answer = { outcome: 'refused', problem: problems.validation([]) };
      await sut.send(journeyCase, staff, owner.id, offerDraft(), 'key-2').catch(() => undefined);

      const counted = await metrics.registry.getSingleMetricAsString('ipc_journey_steps_total');
      expect(counted).toContain('ipc_journey_steps_total{step="offer",outcome="accepted"} 1');
      expect(counted).toContain('ipc_journey_steps_total{step="offer",outcome="refused"} 1');
    });
  });
});
