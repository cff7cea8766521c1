import { randomUUID } from 'node:crypto';
import type TestAgent from 'supertest/lib/agent';
import { referralBody } from '../factories/referral.factory';
import { stepBodies } from '../factories/steps.factory';
import { staff } from './test-staff';

type Member = { token: string };
const auth = (member: Member) => ({ Authorization: `Bearer ${member.token}` });

const STEP_PATHS = {
  identification: 'identification',
  offer: 'offer',
  guidedConversation: 'guided-conversation',
  activation: 'activation',
  carePlan: 'care-plan',
  agreement: 'care-plan/agreement',
  closure: 'closure',
} as const;
export type StepKey = keyof typeof STEP_PATHS;

/** Drives journeys through the HTTP API as a care-team member would. */
export class JourneyClient {
  constructor(
    private readonly http: TestAgent,
    private readonly member: Member = staff.coordinator,
  ) {}

  async refer(overrides: Record<string, unknown> = {}): Promise<string> {
    const response = await this.http
      .post('/api/v1/participants')
      .set(auth(this.member))
      .send(referralBody(overrides))
      .expect(201);
    return response.body.id as string;
  }

  step(
    participantId: string,
    step: StepKey,
    overrides: Record<string, unknown> = {},
    idempotencyKey: string = randomUUID(),
  ) {
    return this.http
      .post(`/api/v1/participants/${participantId}/${STEP_PATHS[step]}`)
      .set(auth(this.member))
      .set('Idempotency-Key', idempotencyKey)
      .send(stepBodies[step](overrides));
  }

  details(participantId: string) {
    return this.http.get(`/api/v1/participants/${participantId}`).set(auth(this.member));
  }

  async timeline(
    participantId: string,
  ): Promise<{ step: string; sequence: number; details: Record<string, unknown> }[]> {
    const response = await this.http
      .get(`/api/v1/participants/${participantId}/timeline`)
      .set(auth(this.member))
      .expect(200);
    return response.body.steps;
  }

  /** Refers a person and takes them through the given steps, each expected to succeed. */
  async walk(steps: StepKey[]): Promise<string> {
    const participantId = await this.refer();
    for (const step of steps) await this.step(participantId, step).expect(200);
    return participantId;
  }
}

export const TO_PLANNING: StepKey[] = ['identification', 'offer', 'guidedConversation', 'activation'];
export const TO_AGREEMENT: StepKey[] = [...TO_PLANNING, 'carePlan', 'agreement'];
