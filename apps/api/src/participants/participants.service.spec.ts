import { WorkflowNotFoundError } from '@temporalio/client';
import { journeyView, participantRow } from '../../../../test/factories/participant.factory';
import { referralBody } from '../../../../test/factories/referral.factory';
import { InMemoryCarePlans, InMemoryParticipants } from '../../../../test/in-memory/journey-stores';
import { staff } from '../../../../test/support/test-staff';
import type { CaseRecoveryService } from '../recovery/case-recovery.service';
import { ApiMetrics } from '../metrics/metrics';
import type { CreateReferralDto } from './dto/create-referral.dto';
import type { ListParticipantsQuery } from './dto/list-participants.query';
import type { CaseWorkflowClient } from '../cases/case-workflow.client';
import type { AppConfig } from '@ipc/config';
import { ParticipantsService } from './participants.service';

const coordinator = staff.coordinator;

/** The case workflow client as the service sees it: starts are kept, queries answered from `journeys`. */
function journeyGateway(journeys = new Map<string, unknown>()) {
  const started: string[] = [];
  const gateway = {
    start: async (_kind: unknown, participantId: string) => void started.push(participantId),
    query: async (_kind: unknown, participantId: string) => {
      if (!journeys.has(participantId)) throw new WorkflowNotFoundError('gone', `journey-${participantId}`, undefined);
      return journeys.get(participantId);
    },
  };
  return { gateway: gateway as unknown as CaseWorkflowClient, started };
}

function setup({
  participants = new InMemoryParticipants(),
  journeys = new Map<string, unknown>(),
  stuck = false,
} = {}) {
  const { gateway, started } = journeyGateway(journeys);
  const recovery = { needsRecovery: async () => stuck } as unknown as CaseRecoveryService;
  const carePlans = new InMemoryCarePlans();
  // The site-settings DataSource is read only for a referral with demographics, which these cases leave out.
  // The site's teams come from the configured staff.
  const config = { staff: Object.values(staff), siteTeams: {} } as unknown as AppConfig;
  const service = new ParticipantsService(
    participants,
    carePlans,
    null as never,
    config,
    gateway,
    new ApiMetrics(),
    recovery,
  );
  return { service, participants, carePlans, started, gateway };
}

const referral = (overrides: Record<string, unknown> = {}) => referralBody(overrides) as unknown as CreateReferralDto;

describe(ParticipantsService.name, () => {
  describe('findForStaff', () => {
    it('should find a participant of the staff member’s site', async () => {
      const row = participantRow();
      const { service } = setup({ participants: new InMemoryParticipants(row) });
      await expect(service.findForStaff(coordinator, row.id)).resolves.toBe(row);
    });

    it('should answer 404 for a participant of another site, or an id that is not a UUID', async () => {
      const row = participantRow({ siteId: 'site-b' });
      const { service } = setup({ participants: new InMemoryParticipants(row) });
      await expect(service.findForStaff(coordinator, row.id)).rejects.toMatchObject({ status: 404 });
      await expect(service.findForStaff(coordinator, 'not-a-uuid')).rejects.toMatchObject({ status: 404 });
    });
  });

  describe('refer', () => {
    it('should record the referral with its timeline entry and start the journey', async () => {
      const { service, participants, started } = setup();
      const answer = await service.refer(coordinator, referral({ referredOn: '2026-09-01' }), 'key-1');
      expect(answer).toEqual({
        id: expect.any(String),
        stage: 'referred',
        referredOn: '2026-09-01',
        teamId: 'team-a1',
      });
      expect(started).toEqual([answer.id]);
      const [row] = participants.rows;
      expect(row).toMatchObject({ referralRequestId: 'key-1', stageDates: { referred: '2026-09-01' } });
      expect(participants.timelines.get(answer.id)).toEqual([
        expect.objectContaining({ step: 'referral', sequence: 0, requestId: 'key-1', toStage: 'referred' }),
      ]);
    });

    it('should give a retried referral its first answer without starting another journey', async () => {
      const { service, started } = setup();
      const first = await service.refer(coordinator, referral(), 'key-1');
      await expect(service.refer(coordinator, referral(), 'key-1')).resolves.toEqual(first);
      expect(started).toHaveLength(1);
    });

    it('should refuse with 409 a person who has an open journey at the site', async () => {
      const open = participantRow();
      const { service } = setup({ participants: new InMemoryParticipants(open) });
      await expect(service.refer(coordinator, referral({ nhsNumber: open.nhsNumber }), 'key-2')).rejects.toMatchObject({
        status: 409,
        response: expect.objectContaining({ participantId: open.id }),
      });
    });

    it('should answer 503 when that open journey needs recovery', async () => {
      const open = participantRow();
      const { service } = setup({ participants: new InMemoryParticipants(open), stuck: true });
      await expect(service.refer(coordinator, referral({ nhsNumber: open.nhsNumber }), 'key-2')).rejects.toMatchObject({
        status: 503,
      });
    });

    it('should keep nothing and answer 503 when the journey cannot be started', async () => {
      const { service, participants, gateway } = setup();
      gateway.start = async () => {
        throw new Error('Temporal is down');
      };
      await expect(service.refer(coordinator, referral(), 'key-3')).rejects.toMatchObject({ status: 503 });
      expect(participants.rows).toEqual([]);
    });
  });

  describe('list', () => {
    it('should page the site’s people, filtered and sorted, with the number that match', async () => {
      const rows = ['2026-09-03', '2026-09-01', '2026-09-02'].map((referredOn) => participantRow({ referredOn }));
      const elsewhere = participantRow({ siteId: 'site-b' });
      const { service } = setup({ participants: new InMemoryParticipants(...rows, elsewhere) });
      const query = { sort: 'referredOn', page: 1, pageSize: 2 } as ListParticipantsQuery;
      const page = await service.list(coordinator, query);
      expect(page.total).toBe(3);
      expect(page.items.map((item) => item.referredOn)).toEqual(['2026-09-01', '2026-09-02']);
      expect(page.items[0]).not.toHaveProperty('referralRequestId');
    });
  });

  describe('details', () => {
    it('should take the stage and allowed steps from the running journey, and the current plan', async () => {
      const row = participantRow();
      const journey = journeyView({ participantId: row.id, stage: 'identified', allowedSteps: ['offer'] });
      const { service, carePlans } = setup({
        participants: new InMemoryParticipants(row),
        journeys: new Map([[row.id, journey]]),
      });
      carePlans.plans.push({
        participantId: row.id,
        version: 2,
        requestId: 'plan-2',
        coordinatorId: 'coordinator-a',
        totalAnnualCostPence: '968050',
        content: { outcomes: [] },
        agreedOn: null,
        createdAt: new Date(),
      });
      const details = await service.details(coordinator, row.id);
      expect(details).toMatchObject({ stage: 'identified', allowedSteps: ['offer'] });
      expect(details.carePlan).toEqual({
        version: 2,
        coordinatorId: 'coordinator-a',
        totalAnnualCostPence: 968050,
        agreedOn: null,
        outcomes: [],
      });
    });

    it('should read a closed journey’s last recorded state when its workflow is gone', async () => {
      const { service, participants } = setup();
      const answer = await service.refer(coordinator, referral(), 'key-4');
      Object.assign(participants.rows[0], { stage: 'closed' });
      await expect(service.details(coordinator, answer.id)).resolves.toMatchObject({ stage: 'referred' });
    });

    it('should answer 503 for an open journey whose workflow is gone', async () => {
      const row = participantRow();
      const { service } = setup({ participants: new InMemoryParticipants(row) });
      await expect(service.details(coordinator, row.id)).rejects.toMatchObject({ status: 503 });
    });
  });

  describe('timeline', () => {
    it('should list the journey’s steps, the referral first', async () => {
      const { service } = setup();
      const { id } = await service.refer(coordinator, referral(), 'key-5');
      const timeline = await service.timeline(coordinator, id);
      expect(timeline).toEqual({ participantId: id, steps: [expect.objectContaining({ step: 'referral' })] });
    });
  });
});
