import type { RequestReminderInput } from '@ipc/domain';
import type { CarerActivities } from '@ipc/workflows';
import { carerRegistrationRecords, newCarerView } from '../../../../test/factories/carer-records.factory';
import { personDetails } from '../../../../test/factories/person-details.factory';
import { InMemoryCarersRepository } from '../../../../test/in-memory/in-memory-carers.repository';
import { createCarerActivities } from './carer.activities';

describe(createCarerActivities.name, () => {
  let carers: InMemoryCarersRepository;
  let requested: RequestReminderInput[];
  let sut: CarerActivities;
  const carer = newCarerView({ teamId: 'team-a2' });
  const due = {
    carerId: carer.carerId,
    siteId: carer.siteId,
    transition: 'annual-health-check',
    dueOn: '2026-06-01',
    remindOn: '2026-03-03',
    revision: 1,
    nextTransitionOn: '2027-06-01',
  } as const;

  beforeEach(async () => {
    carers = new InMemoryCarersRepository();
    requested = [];
    const { registration, entry, preferences } = carerRegistrationRecords(carer);
    await carers.register(registration, entry, preferences, personDetails(), async () => undefined);
    sut = createCarerActivities({
      carers,
      requestReminder: async (input) => {
        requested.push(input);
        return { reminderId: `reminder-${requested.length}` };
      },
    });
  });

  describe('recordCarerStep', () => {
    it('should record the step with the carer as it left them', async () => {
      const after = { ...carer, stage: 'assessment-offered' as const, sequence: 1, revision: 1 };
      const step = {
        name: 'assessment-offer',
        requestId: 'request-1',
        actor: { staffId: 'coordinator-a', teamId: 'team-a2' },
        effectiveDate: '2026-01-10',
        payload: { method: 'face-to-face', assessorId: null },
      } as const;

      await sut.recordCarerStep({ step, fromStage: 'identified', carer: after });

      expect(carers.entries.at(-1)).toMatchObject({
        requestId: 'request-1',
        sequence: 1,
        step: 'assessment-offer',
        fromStage: 'identified',
        toStage: 'assessment-offered',
        effectiveOn: '2026-01-10',
      });
      expect(carers.carers.get(carer.carerId)?.stage).toBe('assessment-offered');
    });
  });

  describe('carerTransitionDue', () => {
    it('should note the point and remind the carer and their team, keeping the carer’s reminder', async () => {
      await sut.carerTransitionDue(due);

      expect(requested).toEqual([
        expect.objectContaining({ recipientType: 'carer', recipientId: carer.carerId, leadDays: 90 }),
        expect.objectContaining({ recipientType: 'coordinator', recipientId: 'team-a2', topic: 'annual-health-check' }),
      ]);
      expect(await carers.noticedTransitions(carer.carerId)).toEqual([
        expect.objectContaining({ transition: 'annual-health-check', reminderId: 'reminder-1' }),
      ]);
    });

    it('should only note the point without a reminder producer', async () => {
      sut = createCarerActivities({ carers });

      await sut.carerTransitionDue(due);

      expect(await carers.noticedTransitions(carer.carerId)).toEqual([expect.objectContaining({ reminderId: null })]);
    });
  });

  describe('carerTransitionOverdue', () => {
    it('should tell the carer’s team that the point passed', async () => {
      const overdue = { ...due, escalateOn: '2026-06-15', afterDays: 14 };

      await sut.carerTransitionOverdue(overdue);

      expect(requested).toEqual([
        expect.objectContaining({
          recipientType: 'coordinator',
          recipientId: 'team-a2',
          carerId: carer.carerId,
          purpose: 'transition-overdue-escalation',
          leadDays: -14,
          remindOn: '2026-06-15',
        }),
      ]);
    });
  });
});
