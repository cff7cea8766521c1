import { type AnyJourneyStep, issueIndividualStatement, type ResourceAllocation } from '@ipc/domain';
import { resourceAllocation } from '../../../../test/factories/budget.factory';
import { deliveryJourney, journeyView } from '../../../../test/factories/participant.factory';
import { InMemoryJourneyRecords, InMemoryReviews } from '../../../../test/in-memory/journey-stores';
import { createJourneyActivities } from './journey.activities';

const actor = { staffId: 'coordinator-a', teamId: 'team-a1' };
const step = (name: string, payload: object = {}) =>
  ({ name, requestId: `request-${name}`, actor, effectiveDate: '2026-10-15', payload }) as unknown as AnyJourneyStep;

function setup() {
  const journeyRecords = new InMemoryJourneyRecords();
  const reviews = new InMemoryReviews();
  const unused = null as never;
  const activities = createJourneyActivities({
    journeyRecords,
    reviews,
    carePlans: unused,
    spend: unused,
    budgets: unused,
    reviewReminders: { leadDays: [28, 7], escalationAfterDays: 14 },
  });
  return { activities, journeyRecords, reviews };
}

describe(createJourneyActivities.name, () => {
  describe('loadReviewSchedule', () => {
    it('should answer the site’s rules with the configured reminder timings', async () => {
      const { activities, reviews } = setup();
      const rules = [{ appliesTo: 'care-plan', first: { weeks: 4 }, thenEveryMonths: 6 }] as never;
      reviews.ruleSets.set('site-a', rules);
      await expect(activities.loadReviewSchedule('site-a')).resolves.toEqual({
        rules,
        reminderLeadDays: [28, 7],
        escalationAfterDays: 14,
      });
    });
  });

  describe('recordJourneyStep', () => {
    it('should record the timeline entry keyed by request id with the journey after the step', async () => {
      const { activities, journeyRecords } = setup();
      const journey = journeyView({ stage: 'identified', sequence: 1 });
      await activities.recordJourneyStep({ step: step('identification'), fromStage: 'referred', journey });
      expect(journeyRecords.steps).toEqual([
        {
          entry: {
            participantId: journey.participantId,
            requestId: 'request-identification',
            sequence: 1,
            step: 'identification',
            fromStage: 'referred',
            toStage: 'identified',
            actor,
            effectiveOn: '2026-10-15',
            details: {},
            journeyAfter: journey,
          },
          journey,
          reviewDueOn: undefined,
        },
      ]);
    });

    it('should add a plan version for a care-plan step, and mark it agreed for an agreement', async () => {
      const { activities, journeyRecords } = setup();
      const journey = deliveryJourney();
      await activities.recordJourneyStep({ step: step('care-plan'), fromStage: 'planning', journey });
      await activities.recordJourneyStep({ step: step('care-plan-agreement'), fromStage: 'planning', journey });
      expect(journeyRecords.steps[0].carePlanVersion).toEqual({
        participantId: journey.participantId,
        version: 1,
        requestId: 'request-care-plan',
        coordinatorId: 'coordinator-a',
        totalAnnualCostPence: 968_050,
      });
      expect(journeyRecords.steps[1].carePlanAgreement).toEqual({ version: 1, agreedOn: '2026-10-08' });
    });

    it('should store the ISR of an indicative-budget step as a statement, in large print when that is the format', async () => {
      const { activities, journeyRecords } = setup();
      const statement = issueIndividualStatement(resourceAllocation() as unknown as ResourceAllocation, {
        cohort: 'multiple-long-term-conditions',
        needBand: 'high',
        contributionPence: 120_000,
      });
      const journey = deliveryJourney({ informationFormat: 'large-print' });
      await activities.recordJourneyStep({
        step: step('indicative-budget', { statement }),
        fromStage: 'plan-agreed',
        journey,
      });
      expect(journeyRecords.steps[0].statement).toMatchObject({
        kind: 'indicative',
        statementKey: 'request-indicative-budget',
        largePrint: true,
        content: { kind: 'indicative', budget: { totalPence: statement.indicativeTotalPence } },
      });
      expect(journeyRecords.steps[0].budgetVersion).toBeUndefined();
    });

    it('should add a budget version for a budget step, with the indicative total it was tested against', async () => {
      const { activities, journeyRecords } = setup();
      const journey = deliveryJourney();
      await activities.recordJourneyStep({ step: step('budget'), fromStage: 'plan-agreed', journey });
      expect(journeyRecords.steps[0].budgetVersion).toMatchObject({
        version: 1,
        requestId: 'request-budget',
        totalPence: 1_980_000,
        indicativeTotalPence: 1_980_000,
        effectiveOn: '2026-10-15',
      });
    });

    it('should keep the date a held review was due', async () => {
      const { activities, journeyRecords } = setup();
      const journey = deliveryJourney();
      await activities.recordJourneyStep({
        step: step('review'),
        fromStage: 'delivery',
        journey,
        reviewDueOn: '2026-12-10',
      });
      expect(journeyRecords.steps[0]).toMatchObject({ reviewDueOn: '2026-12-10' });
    });
  });
});
