import { randomUUID } from 'node:crypto';
import { participantRow } from '../../../../test/factories/participant.factory';
import {
  InMemoryBudgets,
  InMemoryParticipants,
  participantsServiceOver,
} from '../../../../test/in-memory/journey-stores';
import { InMemoryPersonDetails } from '../../../../test/in-memory/in-memory-person-details.repository';
import { personDetails } from '../../../../test/factories/person-details.factory';
import { staff } from '../../../../test/support/test-staff';
import { StatementsService } from './statements.service';

const coordinator = staff.coordinator;

function setup() {
  const participant = participantRow();
  const budgets = new InMemoryBudgets();
  const statement = {
    id: randomUUID(),
    participantId: participant.id,
    kind: 'indicative' as const,
    issuedOn: '2026-10-10',
    periodStart: null,
    periodEnd: null,
    largePrint: false,
    content: { kind: 'indicative' },
  };
  budgets.stored.push(statement);
  const people = new InMemoryPersonDetails();
  const service = new StatementsService(
    budgets,
    participantsServiceOver(new InMemoryParticipants(participant)),
    people,
  );
  return { service, participant, statement, people };
}

describe(StatementsService.name, () => {
  describe('list', () => {
    it('should list the person’s statements without their content', async () => {
      const { service, participant, statement } = setup();
      const { id, kind, issuedOn, periodStart, periodEnd, largePrint } = statement;
      await expect(service.list(coordinator, participant.id, { page: 1, pageSize: 25 })).resolves.toEqual({
        items: [{ id, kind, issuedOn, periodStart, periodEnd, largePrint }],
        page: 1,
        pageSize: 25,
        total: 1,
      });
    });
  });

  describe('find', () => {
    it('should answer one statement with its content', async () => {
      const { service, participant, statement } = setup();
      await expect(service.find(coordinator, participant.id, statement.id)).resolves.toMatchObject({
        content: { kind: 'indicative' },
      });
    });

    it('should print large when the person’s details now ask for large print', async () => {
      const { service, participant, statement, people } = setup();
      const person = { personKind: 'participant' as const, personId: participant.id, siteId: participant.siteId };
      await people.replace(person, personDetails({ communicationNeeds: ['large-print'] }), 'coordinator-a');
      await expect(service.find(coordinator, participant.id, statement.id)).resolves.toMatchObject({
        largePrint: true,
      });
    });

    it('should keep the format recorded at issue when the details record no format need', async () => {
      const { service, participant, statement, people } = setup();
      const person = { personKind: 'participant' as const, personId: participant.id, siteId: participant.siteId };
      await people.replace(person, personDetails({ communicationNeeds: ['bsl-interpreter'] }), 'coordinator-a');
      await expect(service.find(coordinator, participant.id, statement.id)).resolves.toMatchObject({
        largePrint: false,
      });
    });

    it('should answer 404 for a statement the person does not have', async () => {
      const { service, participant } = setup();
      await expect(service.find(coordinator, participant.id, randomUUID())).rejects.toMatchObject({ status: 404 });
    });
  });
});
