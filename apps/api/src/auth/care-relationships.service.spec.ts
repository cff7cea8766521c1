import { staffMember } from '../../../../test/factories/case.factory';
import { InMemoryRecordAccess } from '../../../../test/in-memory/in-memory-record-access.repository';
import { CareRelationships } from './care-relationships.service';

const PERSON = '6f1c1d7e-8a6b-4c55-9a43-2b2f7d0f0a11';

function setup() {
  const records = new InMemoryRecordAccess();
  records.add('participant', PERSON, 'site-a', 'team-a1');
  return { records, relationships: new CareRelationships(records) };
}

describe(CareRelationships.name, () => {
  describe('canAccess', () => {
    it("should grant care-team staff the people on any of their teams' caseloads", async () => {
      const { relationships } = setup();
      const connector = staffMember({ role: 'community-connector', teamId: 'team-a3', teams: ['team-a3', 'team-a1'] });
      await expect(relationships.canAccess(connector, 'participant', PERSON)).resolves.toMatchObject({
        outcome: 'granted',
        basis: 'care-relationship',
      });
    });

    it('should grant the coordinator or connector assigned to the person, whatever their team', async () => {
      const { records, relationships } = setup();
      records.add('participant', PERSON, 'site-a', 'team-a1', ['connector-x']);
      const assigned = staffMember({
        staffId: 'connector-x',
        role: 'community-connector',
        teamId: 'team-a2',
        teams: ['team-a2'],
      });
      await expect(relationships.canAccess(assigned, 'participant', PERSON)).resolves.toMatchObject({
        outcome: 'granted',
        basis: 'care-relationship',
      });
    });

    it('should ask another team, or anyone not in a care team, for a reason', async () => {
      const { relationships } = setup();
      const colleague = staffMember({ teamId: 'team-a2', teams: ['team-a2'] });
      const administrator = staffMember({ role: 'administrator' });
      for (const staff of [colleague, administrator]) {
        await expect(relationships.canAccess(staff, 'participant', PERSON)).resolves.toMatchObject({
          outcome: 'needs-reason',
        });
      }
    });

    it('should grant access while a reason the staff member stated is open, and not after', async () => {
      const { relationships, records } = setup();
      const colleague = staffMember({ staffId: 'colleague-a', teamId: 'team-a2', teams: ['team-a2'] });
      const opened = await records.open({
        siteId: 'site-a',
        staffId: 'colleague-a',
        staffRole: 'care-coordinator',
        recordKind: 'participant',
        recordId: PERSON,
        reason: 'covering the duty line',
        minutes: 60,
      });
      await expect(relationships.canAccess(colleague, 'participant', PERSON)).resolves.toMatchObject({
        outcome: 'granted',
        basis: 'break-glass',
        breakGlassId: opened.id,
      });
      await expect(
        relationships.canAccess(staffMember({ teamId: 'team-a2', teams: ['team-a2'] }), 'participant', PERSON),
      ).resolves.toMatchObject({ outcome: 'needs-reason' });
      records.now = () => new Date(Date.now() + 61 * 60_000);
      await expect(relationships.canAccess(colleague, 'participant', PERSON)).resolves.toMatchObject({
        outcome: 'needs-reason',
      });
    });

    it("should not find another site's record, nor a carer by a person's id", async () => {
      const { relationships } = setup();
      await expect(
        relationships.canAccess(staffMember({ siteId: 'site-b' }), 'participant', PERSON),
      ).resolves.toMatchObject({ outcome: 'not-found' });
      await expect(relationships.canAccess(staffMember(), 'carer', PERSON)).resolves.toMatchObject({
        outcome: 'not-found',
      });
    });
  });
});
