import type TestAgent from 'supertest/lib/agent';
import { resourceAllocation } from '../factories/budget.factory';
import { staff } from './test-staff';

/** The site's resource allocation (what an ISR is worked out from), set as its administrator would set it. */
export async function allocateResources(http: TestAgent, administrator: { token: string } = staff.administrator) {
  await http
    .put('/api/v1/site/resource-allocation')
    .set('Authorization', `Bearer ${administrator.token}`)
    .send(resourceAllocation())
    .expect(200);
}
