import type { StoredStudyArmAssignment, StudyArmAssignment, StudyArmsRepository } from '@ipc/persistence';
import { staffMember } from '../../../../test/factories/case.factory';
import { participantRow } from '../../../../test/factories/participant.factory';
import { InMemoryParticipants, participantsServiceOver } from '../../../../test/in-memory/journey-stores';
import { ProblemException } from '../problem/problem.exception';
import { StudyArmService } from './study-arm.service';

/** Every setting kept in order; the latest is in force. */
class InMemoryStudyArms implements Pick<StudyArmsRepository, 'assign' | 'current'> {
  readonly assignments: StoredStudyArmAssignment[] = [];

  async assign(assignment: StudyArmAssignment) {
    const stored = { ...assignment, assignedAt: new Date(Date.UTC(2026, 10, 30, 9, 0, this.assignments.length)) };
    this.assignments.push(stored);
    return stored;
  }

  async current(participantId: string) {
    return this.assignments.filter((assignment) => assignment.participantId === participantId).at(-1);
  }
}

describe(StudyArmService.name, () => {
  let arms: InMemoryStudyArms;
  let participants: InMemoryParticipants;
  let sut: StudyArmService;

  beforeEach(() => {
    arms = new InMemoryStudyArms();
    participants = new InMemoryParticipants();
    sut = new StudyArmService(arms, participantsServiceOver(participants));
  });

  const person = (siteId = 'site-a') => {
    const row = participantRow({ siteId });
    participants.rows.push(row);
    return row.id;
  };

  const notFound = async (promise: Promise<unknown>) => {
    const refusal = await promise.catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(ProblemException);
    expect((refusal as ProblemException).problem.status).toBe(404);
  };

  describe('current', () => {
    it('should answer no arm for a person never set one', async () => {
      const id = person();

      await expect(sut.current(staffMember(), id)).resolves.toEqual({
        participantId: id,
        arm: null,
        assignedBy: null,
        assignedAt: null,
      });
    });

    it("should answer 404 for another site's person", async () => {
      await notFound(sut.current(staffMember(), person('site-b')));
    });
  });

  describe('assign', () => {
    it('should keep each setting with who made it, the latest in force, null clearing the arm', async () => {
      const id = person();

      await sut.assign(staffMember(), id, { arm: 'intervention' });
      const cleared = await sut.assign(staffMember({ staffId: 'coordinator-b' }), id, { arm: null });

      expect(cleared).toEqual({
        participantId: id,
        arm: null,
        assignedBy: 'coordinator-b',
        assignedAt: '2026-11-30T09:00:01.000Z',
      });
      expect(arms.assignments.map(({ arm, assignedBy, siteId }) => ({ arm, assignedBy, siteId }))).toEqual([
        { arm: 'intervention', assignedBy: 'coordinator-a', siteId: 'site-a' },
        { arm: null, assignedBy: 'coordinator-b', siteId: 'site-a' },
      ]);
      await expect(sut.current(staffMember(), id)).resolves.toEqual(cleared);
    });

    it("should record nothing for another site's person (404)", async () => {
      await notFound(sut.assign(staffMember(), person('site-b'), { arm: 'control' }));
      expect(arms.assignments).toEqual([]);
    });
  });
});
