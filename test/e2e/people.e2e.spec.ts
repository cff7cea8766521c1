import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { carerBody } from '../factories/carer.factory';
import { randomNhsNumber, referralBody } from '../factories/referral.factory';
import { auth } from '../support/carer-client';
import { insertParticipant } from '../support/persistence-database';
import { staff } from '../support/test-staff';
import { startTestStack, type TestStack } from '../support/test-stack';

type Member = { token: string };
type Hit = { id: string; givenName: string; familyName: string; matchedOn: string; score: number };

const fieldsOf = (body: { errors: { field: string }[] }) => body.errors.map((error) => error.field);

describe('People: details and search through the API', () => {
  let stack: TestStack;
  const searcher = staff.siteS;

  const refer = async (
    details: Record<string, unknown>,
    overrides: Record<string, unknown> = {},
    member: Member = searcher,
  ) => {
    const nhsNumber = randomNhsNumber();
    const response = await stack.http
      .post('/api/v1/participants')
      .set(auth(member))
      .send(referralBody({ nhsNumber, details, ...overrides }))
      .expect(201);
    return { id: response.body.id as string, nhsNumber };
  };
  const search = (query: Record<string, string | number>, member: Member = searcher) =>
    stack.http.get('/api/v1/participants/search').query(query).set(auth(member));
  const namesOf = (hits: Hit[]) => hits.map((hit) => `${hit.givenName} ${hit.familyName}`);

  const people: Record<string, { id: string; nhsNumber: string }> = {};

  beforeAll(async () => {
    stack = await startTestStack();
    people.johnLeeds = await refer(
      {
        givenName: 'John',
        familyName: 'Smith',
        postalAddress: { lines: ['1 Park Row', 'Leeds'], postcode: 'LS1 4AB' },
      },
      { dateOfBirth: '1950-03-14' },
    );
    people.johnBradford = await refer(
      {
        givenName: 'John',
        familyName: 'Smith',
        postalAddress: { lines: ['9 Manor Row', 'Bradford'], postcode: 'BD1 2QQ' },
      },
      { dateOfBirth: '1962-11-02' },
    );
    people.jose = await refer({ givenName: 'José', familyName: 'Smith' });
    people.sian = await refer({ givenName: 'Siân', familyName: 'Jones', preferredName: 'Sian' });
    people.obrien = await refer({ givenName: 'Aoife', familyName: "O'Brien" });
    // Another site's John Smith, never found from site S.
    people.elsewhere = await refer({ givenName: 'John', familyName: 'Smith' }, {}, staff.otherSite);
  });

  afterAll(() => stack.close());

  describe('details taken at referral', () => {
    it('should keep the details given at referral and show them, with their first recording in the history', async () => {
      const details = {
        title: 'Mrs',
        givenName: 'Gwen',
        familyName: 'Pritchard',
        preferredName: 'Gwennie',
        postalAddress: { lines: ['4 Castle Street', 'Cardiff'], postcode: 'CF10 1BH' },
        phones: [{ use: 'mobile', number: '07700 900123' }],
        email: 'gwen@example.com',
        gpPracticeOdsCode: 'W97001',
        mainLanguage: 'cy',
        interpreterNeeded: true,
        communicationNeeds: ['large-print', 'bsl-interpreter'],
      };
      const { id } = await refer(details);
      const shown = await stack.http.get(`/api/v1/participants/${id}/details`).set(auth(searcher)).expect(200);
      expect(shown.body).toMatchObject({ ...details, version: 1, updatedBy: 'coordinator-s' });
      const history = await stack.http
        .get(`/api/v1/participants/${id}/details/history`)
        .set(auth(searcher))
        .expect(200);
      expect(history.body).toMatchObject({
        total: 1,
        items: [{ version: 1, changedBy: 'coordinator-s', previous: null }],
      });
      expect(history.body.items[0].changedFields).toEqual(expect.arrayContaining(['givenName', 'communicationNeeds']));
    });

    it('should refuse a referral without a name, naming the field', async () => {
      const missing = await stack.http
        .post('/api/v1/participants')
        .set(auth(searcher))
        .send(referralBody({ details: undefined }))
        .expect(400);
      expect(fieldsOf(missing.body)).toEqual(['details']);
      const nameless = await stack.http
        .post('/api/v1/participants')
        .set(auth(searcher))
        .send(referralBody({ details: { givenName: 'Ann' } }))
        .expect(400);
      expect(fieldsOf(nameless.body)).toEqual(['details.familyName']);
    });

    it.each([
      ['details.givenName', { givenName: 'Jo\u0000hn', familyName: 'Smith' }],
      ['details.familyName', { givenName: 'John', familyName: 'S'.repeat(101) }],
      ['details.familyName', { givenName: 'John', familyName: '   ' }],
      [
        'details.postalAddress.postcode',
        {
          givenName: 'John',
          familyName: 'Smith',
          postalAddress: { lines: ['1 Road', 'Town'], postcode: 'NOT A CODE' },
        },
      ],
      ['details.gpPracticeOdsCode', { givenName: 'John', familyName: 'Smith', gpPracticeOdsCode: 'B8200' }],
      ['details.email', { givenName: 'John', familyName: 'Smith', email: 'john.at.example.com' }],
      ['details.communicationNeeds', { givenName: 'John', familyName: 'Smith', communicationNeeds: ['telepathy'] }],
      [
        'details.phones[0].number',
        { givenName: 'John', familyName: 'Smith', phones: [{ use: 'mobile', number: 'call me' }] },
      ],
    ])('should refuse a referral whose %s is bad, naming it', async (field, details) => {
      const refused = await stack.http
        .post('/api/v1/participants')
        .set(auth(searcher))
        .send(referralBody({ details }))
        .expect(400);
      expect(fieldsOf(refused.body)).toEqual([field]);
    });
  });

  describe('changing details', () => {
    it('should change the details and keep each change with who made it, when, and the previous value', async () => {
      const { id } = await refer({ givenName: 'Peter', familyName: 'Parker', email: 'peter@example.com' });
      const changed = await stack.http
        .put(`/api/v1/participants/${id}/details`)
        .set(auth(staff.siteS))
        .send({ givenName: 'Peter', familyName: 'Parker-Jones', email: 'pp@example.com', mainLanguage: 'pl' })
        .expect(200);
      expect(changed.body).toMatchObject({ familyName: 'Parker-Jones', email: 'pp@example.com', version: 2 });

      // The same details again change nothing and add nothing to the history.
      await stack.http
        .put(`/api/v1/participants/${id}/details`)
        .set(auth(staff.siteS))
        .send({ givenName: 'Peter', familyName: 'Parker-Jones', email: 'pp@example.com', mainLanguage: 'pl' })
        .expect(200)
        .expect((response) => expect(response.body.version).toBe(2));

      const history = await stack.http
        .get(`/api/v1/participants/${id}/details/history`)
        .set(auth(searcher))
        .expect(200);
      expect(history.body.total).toBe(2);
      expect(history.body.items[0]).toMatchObject({
        version: 2,
        changedBy: 'coordinator-s',
        changedFields: ['familyName', 'email', 'mainLanguage'],
        previous: { familyName: 'Parker', email: 'peter@example.com', mainLanguage: null },
      });
      expect(new Date(history.body.items[0].changedAt).getTime()).toBeGreaterThan(Date.now() - 60_000);

      const found = await search({ q: 'Parker Jones' }).expect(200);
      expect(found.body.items[0]).toMatchObject({ id, familyName: 'Parker-Jones' });
    });

    it('should refuse bad details on a change, naming each field, and change nothing', async () => {
      const { id } = await refer({ givenName: 'Mary', familyName: 'Jane' });
      const refused = await stack.http
        .put(`/api/v1/participants/${id}/details`)
        .set(auth(searcher))
        .send({ givenName: 'M'.repeat(101), familyName: 'Jane', email: 'nope', gpPracticeOdsCode: 'b82005' })
        .expect(400);
      expect(fieldsOf(refused.body).sort()).toEqual(['email', 'givenName', 'gpPracticeOdsCode']);
      const shown = await stack.http.get(`/api/v1/participants/${id}/details`).set(auth(searcher)).expect(200);
      expect(shown.body).toMatchObject({ givenName: 'Mary', version: 1 });
    });

    it("should answer 404 for another site's person", async () => {
      const { id } = people.elsewhere;
      await stack.http.get(`/api/v1/participants/${id}/details`).set(auth(searcher)).expect(404);
      await stack.http
        .put(`/api/v1/participants/${id}/details`)
        .set(auth(searcher))
        .send({ givenName: 'Jane', familyName: 'Doe' })
        .expect(404);
      await stack.http.get(`/api/v1/participants/${id}/details/history`).set(auth(searcher)).expect(404);
    });

    it('should show a person referred before names were taken with no details, and record their first', async () => {
      const id = await insertParticipant(stack.api.get(DataSource), 'site-s', searcher.teamId);
      const shown = await stack.http.get(`/api/v1/participants/${id}/details`).set(auth(searcher)).expect(200);
      expect(shown.body).toMatchObject({ givenName: null, familyName: null, version: 0, phones: [] });
      await stack.http
        .put(`/api/v1/participants/${id}/details`)
        .set(auth(searcher))
        .send({ givenName: 'Late', familyName: 'Named' })
        .expect(200)
        .expect((response) => expect(response.body).toMatchObject({ givenName: 'Late', version: 1 }));
    });
  });

  describe('GET /participants/search', () => {
    it('should find the person with an NHS number first, written with or without spaces', async () => {
      const { id, nhsNumber } = people.sian;
      for (const q of [nhsNumber, `${nhsNumber.slice(0, 3)} ${nhsNumber.slice(3, 6)} ${nhsNumber.slice(6)}`]) {
        const found = await search({ q }).expect(200);
        expect(found.body.items[0]).toMatchObject({ id, nhsNumber, matchedOn: 'nhs-number', score: 1 });
        expect(found.body.total).toBe(1);
      }
    });

    it('should forgive typos, ranking the closest names first', async () => {
      const found = await search({ q: 'Jonh Smyth' }).expect(200);
      const hits: Hit[] = found.body.items;
      expect(namesOf(hits).slice(0, 3)).toEqual(['John Smith', 'John Smith', 'José Smith']);
      expect(hits.map((hit) => hit.id)).not.toContain(people.elsewhere.id);
      expect(hits[0].score).toBeGreaterThan(hits[2].score);
      expect(hits.every((hit) => hit.matchedOn === 'name')).toBe(true);
    });

    it('should forgive accents and punctuation both ways', async () => {
      const sian = await search({ q: 'Sian' }).expect(200);
      expect(sian.body.items[0]).toMatchObject({ id: people.sian.id, givenName: 'Siân' });
      const jose = await search({ q: 'jose smith' }).expect(200);
      expect(jose.body.items[0]).toMatchObject({ id: people.jose.id });
      const obrien = await search({ q: 'aoife obrien' }).expect(200);
      expect(obrien.body.items[0]).toMatchObject({ id: people.obrien.id });
    });

    it('should narrow by date of birth and by postcode (any spacing)', async () => {
      const born = await search({ q: 'john smith', dateOfBirth: '1950-03-14' }).expect(200);
      expect(born.body).toMatchObject({ total: 1, items: [{ id: people.johnLeeds.id, dateOfBirth: '1950-03-14' }] });
      const typoBorn = await search({ q: 'jon smiht', dateOfBirth: '1962-11-02' }).expect(200);
      expect(typoBorn.body.items.map((hit: Hit) => hit.id)).toEqual([people.johnBradford.id]);
      const postcode = await search({ q: 'John Smith', postcode: 'bd12qq' }).expect(200);
      expect(postcode.body).toMatchObject({ total: 1, items: [{ id: people.johnBradford.id, postcode: 'BD1 2QQ' }] });
      const nhsBorn = await search({ q: people.johnLeeds.nhsNumber, dateOfBirth: '1962-11-02' }).expect(200);
      expect(nhsBorn.body).toMatchObject({ total: 0, items: [] });
    });

    it("should never find another site's people", async () => {
      const byNumber = await search({ q: people.elsewhere.nhsNumber }).expect(200);
      expect(byNumber.body).toMatchObject({ total: 0, items: [] });
      const fromThere = await search({ q: 'John Smith' }, staff.otherSite).expect(200);
      expect(fromThere.body.items.map((hit: Hit) => hit.id)).toContain(people.elsewhere.id);
      expect(fromThere.body.items.map((hit: Hit) => hit.id)).not.toContain(people.johnLeeds.id);
    });

    it('should page the ranked list in the list envelope', async () => {
      const all = await search({ q: 'smith', pageSize: 100 }).expect(200);
      expect(all.body.total).toBeGreaterThanOrEqual(3);
      const second = await search({ q: 'smith', page: 2, pageSize: 1 }).expect(200);
      expect(second.body).toEqual({ items: [all.body.items[1]], page: 2, pageSize: 1, total: all.body.total });
      const beyond = await search({ q: 'smith', page: 50, pageSize: 100 }).expect(200);
      expect(beyond.body).toEqual({ items: [], page: 50, pageSize: 100, total: all.body.total });
    });

    it.each([
      ['q', {}],
      ['q', { q: '  ' }],
      ['q', { q: 'x'.repeat(201) }],
      ['q', { q: 'bad\u0000name' }],
      ['dateOfBirth', { q: 'smith', dateOfBirth: '1950-02-30' }],
      ['postcode', { q: 'smith', postcode: 'LS1' }],
      ['pageSize', { q: 'smith', pageSize: 101 }],
    ])('should refuse a bad %s, naming it', async (field, query) => {
      const refused = await search(query as Record<string, string>).expect(400);
      expect(fieldsOf(refused.body)).toEqual([field]);
    });
  });

  describe('carers', () => {
    const registerCarer = async (body: Record<string, unknown>, member: Member = searcher) => {
      const response = await stack.http.post('/api/v1/carers').set(auth(member)).send(carerBody(body)).expect(201);
      return response.body.id as string;
    };

    it('should take details at registration, search and list carers, and keep their changes', async () => {
      const marek = await registerCarer({
        details: {
          givenName: 'Marek',
          familyName: 'Łukaszewski',
          mainLanguage: 'pl',
          communicationNeeds: ['easy-read'],
        },
      });
      // A carer registered with a contact name only: split at its last space.
      const robin = await registerCarer({ contact: { name: 'Robin Mary Carerson', email: 'robin@example.com' } });
      const elsewhere = await registerCarer(
        { details: { givenName: 'Marek', familyName: 'Lukaszewski' } },
        staff.otherSite,
      );

      const found = await stack.http
        .get('/api/v1/carers')
        .query({ q: 'marek lukasewski' })
        .set(auth(searcher))
        .expect(200);
      expect(found.body.items.map((hit: Hit) => hit.id)).toEqual([marek]);
      expect(found.body.items[0]).toMatchObject({ familyName: 'Łukaszewski', kind: 'adult-carer', matchedOn: 'name' });
      expect(found.body.items.map((hit: Hit) => hit.id)).not.toContain(elsewhere);

      const robinDetails = await stack.http.get(`/api/v1/carers/${robin}/details`).set(auth(searcher)).expect(200);
      expect(robinDetails.body).toMatchObject({
        givenName: 'Robin Mary',
        familyName: 'Carerson',
        email: 'robin@example.com',
      });

      const listed = await stack.http.get('/api/v1/carers').query({ pageSize: 100 }).set(auth(searcher)).expect(200);
      expect(listed.body.items.map((hit: Hit) => hit.id)).toEqual(expect.arrayContaining([marek, robin]));
      expect(listed.body.items.map((hit: Hit) => hit.id)).not.toContain(elsewhere);
      expect(listed.body.total).toBe(listed.body.items.length);

      await stack.http
        .put(`/api/v1/carers/${robin}/details`)
        .set(auth(searcher))
        .send({ givenName: 'Robin', familyName: 'Carerson' })
        .expect(200);
      const history = await stack.http.get(`/api/v1/carers/${robin}/details/history`).set(auth(searcher)).expect(200);
      expect(history.body.items[0]).toMatchObject({
        version: 2,
        changedFields: ['givenName', 'email'],
        previous: { givenName: 'Robin Mary', email: 'robin@example.com' },
      });
      const carer = await stack.http.get(`/api/v1/carers/${robin}`).set(auth(searcher)).expect(200);
      expect(carer.body.contact.name).toBe('Robin Carerson');
      await stack.http.get(`/api/v1/carers/${elsewhere}/details`).set(auth(searcher)).expect(404);
    });

    it('should refuse bad carer details, naming the field', async () => {
      const refused = await stack.http
        .post('/api/v1/carers')
        .set(auth(searcher))
        .set('Idempotency-Key', randomUUID())
        .send(carerBody({ details: { givenName: 'Ann', familyName: 'Lee', email: 'not-an-email' } }))
        .expect(400);
      expect(fieldsOf(refused.body)).toEqual(['details.email']);
    });
  });
});
