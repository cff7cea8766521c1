import { Logger } from '@nestjs/common';
import { participantRow } from '../../../../test/factories/participant.factory';
import { InMemoryPersonDetails } from '../../../../test/in-memory/in-memory-person-details.repository';
import { InMemoryParticipants, participantsServiceOver } from '../../../../test/in-memory/journey-stores';
import { staff } from '../../../../test/support/test-staff';
import type { CarersService } from '../carers/carers.service';
import { carerNotFound } from '../carers/carers.errors';
import type { PersonDetailsDto } from './dto/person-details.dto';
import { PersonDetailsService } from './person-details.service';

const coordinator = staff.coordinator;

function setup() {
  const participant = participantRow({ siteId: coordinator.siteId });
  const details = new InMemoryPersonDetails();
  const carers = {
    async findForStaff() {
      throw carerNotFound();
    },
  } as unknown as CarersService;
  const sut = new PersonDetailsService(details, participantsServiceOver(new InMemoryParticipants(participant)), carers);
  return { sut, participant, details };
}

const dto = (overrides: Partial<PersonDetailsDto> = {}) =>
  ({ givenName: 'Siân', familyName: 'Jones', ...overrides }) as PersonDetailsDto;

describe(PersonDetailsService.name, () => {
  beforeAll(() => Logger.overrideLogger(false));

  describe('current', () => {
    it('should show a person with nothing recorded as empty details, version 0', async () => {
      const { sut, participant } = setup();
      await expect(sut.current(coordinator, 'participant', participant.id)).resolves.toMatchObject({
        givenName: null,
        version: 0,
        communicationNeeds: [],
      });
    });

    it("should answer 404 for another site's person", async () => {
      const { sut, participant } = setup();
      await expect(sut.current(staff.otherSite, 'participant', participant.id)).rejects.toMatchObject({ status: 404 });
    });
  });

  describe('replace', () => {
    it('should record every field, leaving those not given as not known', async () => {
      const { sut, participant } = setup();
      const recorded = await sut.replace(coordinator, 'participant', participant.id, dto({ mainLanguage: 'cy' }));
      expect(recorded).toMatchObject({
        givenName: 'Siân',
        mainLanguage: 'cy',
        email: null,
        phones: [],
        interpreterNeeded: false,
        version: 1,
        updatedBy: coordinator.staffId,
      });
    });

    it('should answer 404 for an unknown carer', async () => {
      const { sut } = setup();
      await expect(sut.replace(coordinator, 'carer', 'not-a-carer', dto())).rejects.toMatchObject({ status: 404 });
    });
  });

  describe('changes', () => {
    it('should page the changes, newest first, with what each replaced', async () => {
      const { sut, participant } = setup();
      await sut.replace(coordinator, 'participant', participant.id, dto());
      await sut.replace(coordinator, 'participant', participant.id, dto({ familyName: 'Jones-Evans' }));
      const page = await sut.changes(coordinator, 'participant', participant.id, { page: 1, pageSize: 1 });
      expect(page).toMatchObject({
        page: 1,
        pageSize: 1,
        total: 2,
        items: [{ version: 2, changedFields: ['familyName'], previous: { familyName: 'Jones' } }],
      });
    });
  });
});
