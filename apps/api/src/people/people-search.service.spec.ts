import { staffMember } from '../../../../test/factories/case.factory';
import { searchablePerson } from '../../../../test/factories/person-details.factory';
import { InMemoryPeopleSearch } from '../../../../test/in-memory/in-memory-people-search.repository';
import { ListCarersQuery, ParticipantSearchQuery } from './dto/person-search.dto';
import { PeopleSearchService } from './people-search.service';

const participantQuery = (fields: Partial<ParticipantSearchQuery>) =>
  Object.assign(new ParticipantSearchQuery(), fields);
const carersQuery = (fields: Partial<ListCarersQuery> = {}) => Object.assign(new ListCarersQuery(), fields);

describe(PeopleSearchService.name, () => {
  const coordinator = staffMember();
  let people: InMemoryPeopleSearch;
  let sut: PeopleSearchService;

  beforeEach(() => {
    people = new InMemoryPeopleSearch();
    sut = new PeopleSearchService(people);
  });

  describe('participants', () => {
    it('should find by NHS number however it is spaced, as an NHS number match', async () => {
      const person = searchablePerson({ nhsNumber: '9434765919' });
      people.people.push(person, searchablePerson());

      const found = await sut.participants(coordinator, participantQuery({ q: ' 943 476 5919 ' }));

      expect(found.items).toEqual([expect.objectContaining({ id: person.id, matchedOn: 'nhs-number' })]);
      expect(people.searches[0]).toMatchObject({ kind: 'participant', nhsNumber: '9434765919' });
    });

    it('should search by name when the query is not ten digits, narrowed by date of birth and any-spaced postcode', async () => {
      const person = searchablePerson({ givenName: 'John', familyName: 'Smith', postcode: 'LS1 4AB' });
      people.people.push(
        person,
        searchablePerson({ givenName: 'John', familyName: 'Smith', postcode: 'BD1 2QQ' }),
        searchablePerson({ givenName: 'John', familyName: 'Smith', dateOfBirth: '1950-03-14' }),
      );

      const found = await sut.participants(
        coordinator,
        participantQuery({ q: 'John Smith', dateOfBirth: '1948-07-02', postcode: 'ls14ab' }),
      );

      expect(found.items.map((hit) => hit.id)).toEqual([person.id]);
      expect(people.searches[0]).toMatchObject({
        nhsNumber: null,
        name: 'John Smith',
        dateOfBirth: '1948-07-02',
        postcodeKey: 'LS14AB',
      });
    });

    it('should find nobody of another site, by NHS number or by name', async () => {
      const elsewhere = searchablePerson({ siteId: 'site-b', nhsNumber: '9434765919', familyName: 'Elsewhere' });
      people.people.push(elsewhere);

      await expect(sut.participants(coordinator, participantQuery({ q: '9434765919' }))).resolves.toMatchObject({
        items: [],
        total: 0,
      });
      await expect(sut.participants(coordinator, participantQuery({ q: 'Elsewhere' }))).resolves.toMatchObject({
        items: [],
        total: 0,
      });
    });

    it('should answer the page asked for, with how many matched in all', async () => {
      people.people.push(...['Ames', 'Bates', 'Cole'].map((familyName) => searchablePerson({ familyName })));

      const found = await sut.participants(coordinator, participantQuery({ q: 'Alex', page: 2, pageSize: 2 }));

      expect(found).toMatchObject({ page: 2, pageSize: 2, total: 3 });
      expect(found.items.map((hit) => hit.familyName)).toEqual(['Cole']);
      expect(people.searches[0]).toMatchObject({ skip: 2, take: 2 });
    });

    it('should not find carers', async () => {
      people.people.push(searchablePerson({ personKind: 'carer', familyName: 'Carerson' }));
      await expect(sut.participants(coordinator, participantQuery({ q: 'Carerson' }))).resolves.toMatchObject({
        total: 0,
      });
    });
  });

  describe('carers', () => {
    it("should list every carer of the site by name without a query, and no participant nor another site's carer", async () => {
      people.people.push(
        searchablePerson({ personKind: 'carer', familyName: 'Young' }),
        searchablePerson({ personKind: 'carer', familyName: 'Adams' }),
        searchablePerson({ personKind: 'carer', familyName: 'Moss', siteId: 'site-b' }),
        searchablePerson({ familyName: 'Baker' }),
      );

      const listed = await sut.carers(coordinator, carersQuery());

      expect(listed).toMatchObject({ page: 1, pageSize: 25, total: 2 });
      expect(listed.items.map((hit) => [hit.familyName, hit.matchedOn])).toEqual([
        ['Adams', null],
        ['Young', null],
      ]);
      expect(people.searches).toEqual([]);
    });

    it('should search carers by name with a query, narrowed and paged as participants are', async () => {
      const carer = searchablePerson({ personKind: 'carer', givenName: 'Robin', postcode: 'BD1 2QQ' });
      people.people.push(carer, searchablePerson({ givenName: 'Robin', postcode: 'BD1 2QQ' }));

      const found = await sut.carers(coordinator, carersQuery({ q: 'robin', postcode: 'BD12QQ', pageSize: 10 }));

      expect(found).toMatchObject({ total: 1, pageSize: 10, items: [{ id: carer.id, matchedOn: 'name' }] });
      expect(people.searches[0]).toMatchObject({ kind: 'carer', siteId: 'site-a', postcodeKey: 'BD12QQ', take: 10 });
    });
  });
});
