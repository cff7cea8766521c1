import { randomUUID } from 'node:crypto';
import type TestAgent from 'supertest/lib/agent';
import { carerBody, type CarerStepPath, carerStepBodies } from '../factories/carer.factory';
import { staff } from './test-staff';

type Member = { token: string };
export const auth = (member: Member) => ({ Authorization: `Bearer ${member.token}` });

/** Drives carers through the HTTP API as a care-team member would. */
export class CarerClient {
  constructor(
    private readonly http: TestAgent,
    private readonly member: Member = staff.coordinator,
  ) {}

  register(overrides: Record<string, unknown> = {}, idempotencyKey: string = randomUUID()) {
    return this.http
      .post('/api/v1/carers')
      .set(auth(this.member))
      .set('Idempotency-Key', idempotencyKey)
      .send(carerBody(overrides));
  }

  async registered(overrides: Record<string, unknown> = {}): Promise<string> {
    const response = await this.register(overrides).expect(201);
    return response.body.id as string;
  }

  step(
    carerId: string,
    path: CarerStepPath,
    overrides: Record<string, unknown> = {},
    idempotencyKey: string = randomUUID(),
  ) {
    return this.http
      .post(`/api/v1/carers/${carerId}/${path}`)
      .set(auth(this.member))
      .set('Idempotency-Key', idempotencyKey)
      .send(carerStepBodies[path](overrides));
  }

  link(carerId: string, participantId: string, relationship = 'spouse-or-partner') {
    return this.http
      .post(`/api/v1/carers/${carerId}/participants`)
      .set(auth(this.member))
      .send({ participantId, relationship });
  }

  details(carerId: string) {
    return this.http.get(`/api/v1/carers/${carerId}`).set(auth(this.member));
  }

  async timeline(carerId: string): Promise<{ step: string; sequence: number; details: Record<string, unknown> }[]> {
    const response = await this.http.get(`/api/v1/carers/${carerId}/timeline`).set(auth(this.member)).expect(200);
    return response.body.steps;
  }

  /** Registers a carer and takes them through the given steps, each expected to succeed. */
  async walk(paths: CarerStepPath[], overrides: Record<string, unknown> = {}): Promise<string> {
    const carerId = await this.registered(overrides);
    for (const path of paths) await this.step(carerId, path).expect(200);
    return carerId;
  }
}

export const TO_SUPPORT_PLAN: CarerStepPath[] = ['assessment-offer', 'assessment', 'support-plan'];
