import type { AssignmentOutcome, CaseAssignmentsRepository, NewAssignment } from '@ipc/persistence';
import { staffDirectoryOf, staffMember } from '../../../../test/factories/case.factory';
import { carerCase, journeyCase } from '../cases/case-kind';
import { AssignmentsService } from './assignments.service';

const PERSON = '5b0f7c7e-3f4b-4d8e-9a43-1f2a3b4c5d6e';
const STAFF = staffDirectoryOf(
  { staffId: 'coordinator-a', siteId: 'site-a', teamId: 'team-a1' },
  { staffId: 'colleague-a', siteId: 'site-a', teamId: 'team-a2' },
  { staffId: 'coordinator-b', siteId: 'site-b', teamId: 'team-b1' },
  { staffId: 'recovery-bot', siteId: 'site-a', account: 'service', role: 'recovery-operator' },
);

describe(AssignmentsService.name, () => {
  let recorded: NewAssignment[];
  let outcome: AssignmentOutcome;
  let sut: AssignmentsService;
  const holders = { id: PERSON, stage: 'planning', teamId: 'team-a1', coordinatorId: null, connectorId: null };

  beforeEach(() => {
    recorded = [];
    outcome = { outcome: 'recorded', holders: { ...holders, coordinatorId: 'colleague-a', closedOn: null } };
    const repository: Pick<CaseAssignmentsRepository, 'assign'> = {
      assign: async (_timeline, assignment) => {
        recorded.push(assignment);
        return outcome;
      },
    };
    sut = new AssignmentsService(repository as CaseAssignmentsRepository, STAFF);
  });

  describe('assign', () => {
    it('should record a staff member of the site as the coordinator, by whom and under the request id', async () => {
      const dto = { role: 'care-coordinator' as const, staffId: 'colleague-a', effectiveDate: '2026-11-30' };
      const answer = await sut.assign(journeyCase, staffMember(), PERSON, dto, 'key-1');

      expect(answer).toMatchObject({ caseKind: 'participant', coordinatorId: 'colleague-a' });
      expect(recorded).toEqual([
        expect.objectContaining({ change: 'coordinator', toId: 'colleague-a', requestId: 'key-1', siteId: 'site-a' }),
      ]);
    });

    it('should refuse another site’s staff member, or a service account of the site (400 on staffId), and record nothing', async () => {
      for (const staffId of ['coordinator-b', 'recovery-bot']) {
        const dto = { role: 'care-coordinator' as const, staffId };
        await expect(sut.assign(journeyCase, staffMember(), PERSON, dto, 'key-1')).rejects.toMatchObject({
          problem: { status: 400, errors: [{ field: 'staffId', reason: 'is not a staff member of your site' }] },
        });
      }
      expect(recorded).toEqual([]);
    });

    it('should answer 404 for a case the repository does not find at the site, and 409 for a closed one', async () => {
      const dto = { role: 'care-coordinator' as const, staffId: 'colleague-a' };
      outcome = { outcome: 'not-found' };
      await expect(sut.assign(carerCase, staffMember(), PERSON, dto, 'k')).rejects.toMatchObject({
        problem: { status: 404 },
      });
      outcome = { outcome: 'closed', holders: { ...holders, closedOn: '2026-11-01' } };
      await expect(sut.assign(journeyCase, staffMember(), PERSON, dto, 'k')).rejects.toMatchObject({
        problem: { status: 409, closedOn: '2026-11-01' },
      });
    });
  });

  describe('transfer', () => {
    it('should give the case to a team of the site, and refuse any other team (400 on teamId)', async () => {
      await sut.transfer(journeyCase, staffMember(), PERSON, { teamId: 'team-a2', reason: 'Moved' }, 'key-2');
      expect(recorded).toEqual([expect.objectContaining({ change: 'team', toId: 'team-a2', reason: 'Moved' })]);

      await expect(
        sut.transfer(journeyCase, staffMember(), PERSON, { teamId: 'team-b1', reason: 'Moved' }, 'key-3'),
      ).rejects.toMatchObject({ problem: { status: 400, errors: [expect.objectContaining({ field: 'teamId' })] } });
    });
  });
});
