import { randomUUID } from 'node:crypto';
import { Logger } from '@nestjs/common';
import { loadConfig } from '@ipc/config';
import type { CarerView, NewCarer } from '@ipc/domain';
import type { CarersRepository } from '@ipc/persistence';
import { WorkflowNotFoundError } from '@temporalio/client';
import { carerBody } from '../../../../test/factories/carer.factory';
import { InMemoryCarersRepository } from '../../../../test/in-memory/in-memory-carers.repository';
import { staff } from '../../../../test/support/test-staff';
import type { ParticipantsService } from '../participants/participants.service';
import type { CaseWorkflowClient } from '../cases/case-workflow.client';
import { CarersService } from './carers.service';
import type { CreateCarerDto } from './dto/create-carer.dto';

/** The carer workflows this spec starts, answering queries with the state each started in. */
class StartedCarers {
  readonly started: NewCarer[] = [];
  refuseStart = false;
  gone = false;

  async start(_kind: unknown, _carerId: string, carer: NewCarer) {
    if (this.refuseStart) throw new Error('Temporal is unavailable');
    this.started.push(carer);
  }

  async query(_kind: unknown, carerId: string): Promise<CarerView> {
    if (this.gone) throw new WorkflowNotFoundError('no workflow', `carer-${carerId}`, undefined);
    throw new Error('not asked in this spec');
  }
}

describe(CarersService.name, () => {
  let records: InMemoryCarersRepository;
  let workflows: StartedCarers;
  let sut: CarersService;
  const participantId = randomUUID();
  const participants = {
    async findForStaff(member: { siteId: string }, id: string) {
      return { id, siteId: member.siteId };
    },
  };

  beforeAll(() => Logger.overrideLogger(false));

  beforeEach(() => {
    records = new InMemoryCarersRepository();
    workflows = new StartedCarers();
    sut = new CarersService(
      records as unknown as CarersRepository,
      loadConfig({}),
      workflows as unknown as CaseWorkflowClient,
      participants as unknown as ParticipantsService,
    );
  });

  const register = (requestId = randomUUID()) =>
    sut.register(staff.coordinator, carerBody() as unknown as CreateCarerDto, requestId);

  describe('register', () => {
    it('should record the carer and start their workflow with dates only', async () => {
      const answer = await register();

      expect(answer).toMatchObject({ kind: 'adult-carer', stage: 'identified', teamId: staff.coordinator.teamId });
      expect(records.carers.get(answer.id)).toMatchObject({ siteId: staff.coordinator.siteId });
      expect(workflows.started).toEqual([expect.objectContaining({ carerId: answer.id })]);
      expect(JSON.stringify(workflows.started)).not.toContain('1961-03-17');
    });

    it('should give a repeated request the first answer without starting another workflow', async () => {
      const requestId = randomUUID();
      const first = await register(requestId);

      expect(await register(requestId)).toEqual({ ...first, stage: 'identified' });
      expect(workflows.started).toHaveLength(1);
    });

    it('should keep nothing and answer 503 when the workflow cannot start', async () => {
      workflows.refuseStart = true;

      await expect(register()).rejects.toMatchObject({ status: 503 });
      expect(records.carers.size).toBe(0);
    });

    it('should refuse a channel without its address, naming the field', async () => {
      const body = carerBody({
        contact: { name: 'Robin' },
        preferences: { channel: 'sms', format: 'standard', language: 'en' },
      });

      await expect(
        sut.register(staff.coordinator, body as unknown as CreateCarerDto, randomUUID()),
      ).rejects.toMatchObject({
        status: 400,
      });
    });
  });

  describe('findForStaff', () => {
    it('should not find another site’s carer, nor a carer id that is not one', async () => {
      const { id } = await register();

      await expect(sut.findForStaff(staff.otherSite, id)).rejects.toMatchObject({ status: 404 });
      await expect(sut.findForStaff(staff.coordinator, 'not-a-uuid')).rejects.toMatchObject({ status: 404 });
    });
  });

  describe('details', () => {
    it('should answer 503 for an open carer whose workflow is gone', async () => {
      const { id } = await register();
      workflows.gone = true;

      await expect(sut.details(staff.coordinator, id)).rejects.toMatchObject({ status: 503 });
    });
  });

  describe('link', () => {
    it('should link a carer to a participant once and say so', async () => {
      const { id } = await register();
      const dto = { participantId, relationship: 'spouse-or-partner' } as const;

      expect(await sut.link(staff.coordinator, id, dto)).toMatchObject({ created: true, carerId: id });
      const again = await sut.link(staff.coordinator, id, dto);
      expect(again).toMatchObject({ created: false, caresFor: [expect.objectContaining({ participantId })] });
    });
  });

  describe('forParticipant', () => {
    it('should list the participant’s carers at the staff member’s site', async () => {
      const { id } = await register();
      await sut.link(staff.coordinator, id, { participantId, relationship: 'spouse-or-partner' });

      expect(await sut.forParticipant(staff.coordinator, participantId, { page: 1, pageSize: 25 })).toEqual({
        items: [expect.objectContaining({ id, name: 'Robin Carerson', stage: 'identified' })],
        page: 1,
        pageSize: 25,
        total: 1,
      });
    });
  });

  describe('timeline', () => {
    it('should list the carer’s steps, registration first', async () => {
      const { id } = await register();

      expect(await sut.timeline(staff.coordinator, id)).toEqual({
        carerId: id,
        steps: [expect.objectContaining({ step: 'registration', toStage: 'identified' })],
      });
    });
  });
});
