import { Counter, collectDefaultMetrics, Histogram, Registry } from 'prom-client';
import type { CaseKindName } from '../cases/case-kind';

/** The API's Prometheus registry and the instruments the engine records. */
export class ApiMetrics {
  readonly registry = new Registry();

  readonly httpRequests = new Histogram({
    name: 'ipc_http_request_duration_seconds',
    help: 'HTTP request duration by route and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });

  /** Steps sent to each kind of case's workflows, by step and outcome. */
  readonly caseSteps: Record<CaseKindName, Counter<'step' | 'outcome'>> = {
    journey: new Counter({
      name: 'ipc_journey_steps_total',
      help: 'Journey steps sent to journeys, by step and outcome',
      labelNames: ['step', 'outcome'] as const,
      registers: [this.registry],
    }),
    carer: new Counter({
      name: 'ipc_carer_steps_total',
      help: "Carer steps sent to carers' workflows, by step and outcome",
      labelNames: ['step', 'outcome'] as const,
      registers: [this.registry],
    }),
  };

  readonly referrals = new Counter({
    name: 'ipc_referrals_total',
    help: 'Referrals received, by cohort and outcome',
    labelNames: ['cohort', 'outcome'] as const,
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'ipc_api_' });
  }
}
