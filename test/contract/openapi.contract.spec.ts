import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { StaffRole } from '@ipc/config';
import { roleMayDo } from '../../apps/api/src/auth/access-rules';
import { appRoutes } from '../support/app-routes';
import { TO_SUPPORT_PLAN, CarerClient } from '../support/carer-client';
import { JourneyClient, TO_AGREEMENT } from '../support/journey-client';
import { runSchemathesis, type SchemathesisConfig } from '../support/schemathesis';
import { staff } from '../support/test-staff';
import { startTestStack, type TestStack } from '../support/test-stack';
import { allocateResources } from '../support/site-setup';

const auth = (member: { token: string }) => ({ Authorization: `Bearer ${member.token}` });

/** Enough generated cases per operation to reach every documented status, few enough for CI. */
const MAX_EXAMPLES = 10;
const SEED = 20261201;

/**
 * Statuses that valid data may meet on purpose, with the reason each is right. Schemathesis's
 * positive_data_acceptance check already allows 401, 403, 404 and 409; these add the rest, and the
 * OpenAPI document lists each of them for the operations concerned.
 */
const POSITIVE_DATA_STATUSES = [
  // 2xx: the request did what it asked.
  '2xx',
  // 401 and 403: a role outside the operation's roles (every role runs against every operation).
  '401',
  '403',
  // 404: an id that is not at the staff member's site, or a record that does not exist yet (contact
  // preferences before any are recorded; delivery receipts while no callback token is configured).
  '404',
  // 409: a step the journey's stage refuses (the seeded people move on as the run goes).
  '409',
  // 400: rules that cross fields and records, which a schema cannot say (a budget's parts must add up
  // to its total, a spend must name an item of the agreed plan, a date cannot be before the referral).
  '400',
  // 422: the run repeats an Idempotency-Key with another body (the key is generated from its pattern).
  '422',
  // 413: the schema allows bodies (many long items) beyond the 100 KB a JSON body may be.
  '413',
];

/**
 * Statuses that refuse a schema-violating request: schemathesis's own list, and 413, which refuses
 * a body over the size limit before it is read (documented wherever a body is taken).
 */
const NEGATIVE_DATA_STATUSES = [
  '400',
  '401',
  '403',
  '404',
  '405',
  '406',
  '409',
  '413',
  '415',
  '422',
  '428',
  '429',
  '5xx',
];

describe('The OpenAPI contract holds against generated requests (schemathesis)', () => {
  let stack: TestStack;
  let baseUrl: string;

  // With a callback token configured, delivery receipts are served (401 without it), as in production.
  const notifyCallbackToken = process.env.NOTIFY_CALLBACK_TOKEN;

  beforeAll(async () => {
    process.env.NOTIFY_CALLBACK_TOKEN = 'contract-test-notify-callback';
    stack = await startTestStack();
    await stack.api.listen(0, '127.0.0.1');
    const { port } = stack.api.getHttpServer().address() as AddressInfo;
    baseUrl = `http://127.0.0.1:${port}`;
    await allocateResources(stack.http, staff.siteCAdministrator);
  }, 120_000);

  afterAll(async () => {
    await stack.close();
    if (notifyCallbackToken === undefined) delete process.env.NOTIFY_CALLBACK_TOKEN;
    else process.env.NOTIFY_CALLBACK_TOKEN = notifyCallbackToken;
  });

  /** Real records for the generated requests' path ids: a person with an agreed plan and an ISR, a carer. */
  async function seedRecords(): Promise<Record<string, string>> {
    // Only the care team can walk a journey (a lead and an administrator are not on its caseload).
    const careTeam = staff.siteCCareTeam;
    const participantId = await new JourneyClient(stack.http, careTeam).walk(TO_AGREEMENT);
    await stack.http
      .post(`/api/v1/participants/${participantId}/budget/indicative`)
      .set(auth(careTeam))
      .set('Idempotency-Key', randomUUID())
      .send({ needBand: 'high', contributionPence: 120_000 })
      .expect(200);
    const statements = await stack.http
      .get(`/api/v1/participants/${participantId}/statements`)
      .set(auth(careTeam))
      .expect(200);
    const carerId = await new CarerClient(stack.http, careTeam).walk(TO_SUPPORT_PLAN);
    return { participantId, carerId, statementId: statements.body.items[0].id };
  }

  /** The operations a role may not use (refused by the guard whatever the request), as schemathesis names them. */
  function refusedOperations(role: StaffRole): string[] {
    return appRoutes(stack.api)
      .filter((route) => !route.isPublic && route.access && !roleMayDo(role, route.access.action))
      .map((route) => `${route.method} ${route.path.replace(/:(\w+)/g, '{$1}')}`);
  }

  function configFor(role: StaffRole, member: { token: string }, ids: Record<string, string>): SchemathesisConfig {
    return {
      bearer: member.token,
      refusedOperations: refusedOperations(role),
      positiveDataStatuses: POSITIVE_DATA_STATUSES,
      negativeDataStatuses: NEGATIVE_DATA_STATUSES,
      // Where several entries match one operation, schemathesis keeps the first one's parameters:
      // the statement's entry comes first and names both of its ids.
      pathIds: [
        {
          pathRegex: '^/api/v1/participants/\\{id\\}/statements/\\{statementId\\}$',
          parameters: { 'path.id': ids.participantId, 'path.statementId': ids.statementId },
        },
        { pathRegex: '^/api/v1/participants/\\{id\\}', parameters: { 'path.id': ids.participantId } },
        { pathRegex: '^/api/v1/carers/\\{id\\}', parameters: { 'path.id': ids.carerId } },
      ],
    };
  }

  const roles = [
    ['care-coordinator', staff.siteCCareTeam],
    ['programme-lead', staff.siteCProgrammeLead],
    ['administrator', staff.siteCAdministrator],
    ['ig-lead', staff.siteCIgLead],
  ] as const;

  // The roles run side by side, one schemathesis process each: the generator is single-threaded
  // (see runSchemathesis), so one run at a time would leave a core idle while the API waits.
  it('should answer every generated request as documented, for a token of each role', async () => {
    const runs = await Promise.all(
      roles.map(async ([role, member]) => {
        const ids = await seedRecords();
        const result = await runSchemathesis(`${baseUrl}/api/docs/openapi.json`, configFor(role, member, ids), {
          maxExamples: MAX_EXAMPLES,
          seed: SEED,
        });
        console.log(`schemathesis as ${role}: ${result.summary}`);
        if (result.exitCode !== 0) console.log(result.output);
        return { role, failures: result.failures, exitCode: result.exitCode };
      }),
    );
    expect(runs).toEqual(roles.map(([role]) => ({ role, failures: [], exitCode: 0 })));
  }, 1_200_000);
});
