import { journeyWorkflowId } from '@ipc/temporal';
import { Client } from '@temporalio/client';
import { referralBody } from '../factories/referral.factory';
import { stepBodies } from '../factories/steps.factory';
import { historyPayloads } from '../support/history-payloads';
import { JourneyClient, TO_AGREEMENT } from '../support/journey-client';
import { startTestStack, type TestStack } from '../support/test-stack';

describe('Personal data and Temporal histories', () => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await startTestStack();
  });

  afterAll(() => stack.close());

  it('should keep names, NHS numbers, dates of birth and free text out of the journey history, and encrypt what is there', async () => {
    const details = {
      givenName: 'Wilhelmina',
      familyName: 'Featherstonehaugh',
      email: 'wilhelmina@example.com',
      postalAddress: { lines: ['12 Quayside', 'Newcastle'], postcode: 'NE1 3DX' },
    };
    const referral = referralBody({ dateOfBirth: '1937-05-19', details });
    const journeys = new JourneyClient(stack.http);
    const participantId = await journeys.refer(referral);
    for (const step of TO_AGREEMENT) await journeys.step(participantId, step).expect(200);

    const { count, stored, plainText, encodings } = await historyPayloads(
      stack.api.get(Client),
      journeyWorkflowId(participantId),
    );
    expect(count).toBeGreaterThan(10);

    const personal = [
      referral.nhsNumber,
      referral.dateOfBirth,
      details.givenName,
      details.familyName,
      details.email,
      details.postalAddress.postcode,
      stepBodies.guidedConversation().whatMatters,
      'Ann Example',
      '07700 900123',
      'Fewer falls at home',
      'Riverside PA Co-op',
    ];
    expect(plainText).toContain(participantId);
    for (const value of personal) expect(plainText).not.toContain(value);
    // What the server stores is ciphertext: not even the participant id is readable there.
    expect(stored).not.toContain(participantId);
    expect(encodings).toEqual(['binary/encrypted']);
  });
});
