import type { NewCarer, NewJourney, RecordedStep, ReviewRule } from '@ipc/domain';
import type { CaseRecoveryRepository, OpenCase } from '@ipc/persistence';

interface HeldCase<Opening> {
  opening: Opening;
  steps: RecordedStep[];
  open: boolean;
}

/** CaseRecoveryRepository's behaviour over maps: the open cases and the record each was left with. */
export class InMemoryCaseRecoveryRepository implements Omit<CaseRecoveryRepository, 'dataSource' | 'manager'> {
  private readonly journeys = new Map<string, HeldCase<NewJourney>>();
  private readonly carers = new Map<string, HeldCase<NewCarer>>();

  constructor(private readonly rules: ReviewRule[]) {}

  addJourney(referral: NewJourney, steps: RecordedStep[], { open = true } = {}) {
    this.journeys.set(referral.participantId, { opening: referral, steps, open });
  }

  addCarer(registration: NewCarer, steps: RecordedStep[] = []) {
    this.carers.set(registration.carerId, { opening: registration, steps, open: true });
  }

  async openCases(siteId?: string): Promise<OpenCase[]> {
    const openOf = <Opening extends { siteId: string }>(
      kind: OpenCase['kind'],
      cases: Map<string, HeldCase<Opening>>,
    ) =>
      [...cases].flatMap(([id, held]) =>
        held.open && (!siteId || held.opening.siteId === siteId) ? [{ kind, id, siteId: held.opening.siteId }] : [],
      );
    return [...openOf('journey', this.journeys), ...openOf('carer', this.carers)];
  }

  async isOpen(kind: OpenCase['kind'], id: string) {
    return (kind === 'journey' ? this.journeys : this.carers).get(id)?.open;
  }

  async journeyRecord(participantId: string) {
    const held = this.journeys.get(participantId);
    if (!held) throw new Error(`no journey ${participantId}`);
    return { referral: held.opening, steps: held.steps, reminders: [] };
  }

  async carerRecord(carerId: string) {
    const held = this.carers.get(carerId);
    if (!held) throw new Error(`no carer ${carerId}`);
    return { registration: held.opening, steps: held.steps, noticedTransitions: [], reminders: [] };
  }

  async reviewRules() {
    return this.rules;
  }
}
