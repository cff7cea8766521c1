import { CarersService } from '../../apps/api/src/carers/carers.service';
import { recordedEntryView } from './recorded-entry-view';
import type { StepAmendment } from '@ipc/persistence';
import type {
  CaredForParticipant,
  CarerRegistration,
  CarersRepository,
  CarerTimelineEntry,
  ContactPreferences,
  DueTransition,
  LinkedCarer,
  NoticedTransition,
  PersonDetails,
  StoredCarer,
} from '@ipc/persistence';
import type { CarerView } from '@ipc/domain';
import type { ContactPreferenceEntity } from '@ipc/persistence';

type Carers = Omit<CarersRepository, 'dataSource'>;

/** CarersRepository's behaviour over maps, for specs of the services and activities that use it. */
export class InMemoryCarersRepository implements Carers {
  readonly carers = new Map<string, StoredCarer & { revision: number; requestId: string }>();
  readonly entries: CarerTimelineEntry[] = [];
  readonly transitions: (NoticedTransition & { carerId: string })[] = [];
  readonly links: (CaredForParticipant & { carerId: string })[] = [];
  readonly narratives = new Map<string, Record<string, unknown>>();

  async findAtSite(siteId: string, carerId: string) {
    const carer = this.carers.get(carerId);
    return carer?.siteId === siteId ? carer : undefined;
  }

  async findRegisteredBy(siteId: string, requestId: string) {
    return [...this.carers.values()].find((carer) => carer.siteId === siteId && carer.requestId === requestId);
  }

  async register(
    carer: CarerRegistration,
    entry: CarerTimelineEntry,
    _preferences: ContactPreferences,
    _details: PersonDetails,
    beforeCommit: () => Promise<void>,
  ) {
    await beforeCommit();
    this.carers.set(carer.carerId, {
      id: carer.carerId,
      siteId: carer.siteId,
      teamId: carer.teamId,
      kind: carer.kind,
      registeredKind: carer.kind,
      dateOfBirth: carer.dateOfBirth,
      childDateOfBirth: carer.childDateOfBirth,
      relationship: carer.relationship,
      contact: carer.contact,
      preferences: carer.preferences,
      identifiedOn: carer.identifiedOn,
      stage: carer.stage,
      stageEnteredOn: carer.identifiedOn,
      nextTransitionOn: carer.nextTransitionOn,
      revision: 0,
      requestId: carer.requestId,
    });
    this.entries.push(entry);
  }

  async changeContact(preferences: ContactPreferences) {
    return { ...preferences, updatedAt: new Date('2026-01-05T10:00:00Z') } as ContactPreferenceEntity;
  }

  async noticedTransitions(carerId: string) {
    return this.transitions.filter((transition) => transition.carerId === carerId);
  }

  async latestSupportPlanNarrative(carerId: string) {
    return this.narratives.get(carerId);
  }

  async lastRecordedState(carerId: string): Promise<CarerView | undefined> {
    return this.entries.filter((entry) => entry.carerId === carerId).at(-1)?.carerAfter;
  }

  async timelineAmendments(): Promise<StepAmendment[]> {
    return [];
  }

  async timeline(carerId: string) {
    return this.entries
      .filter((entry) => entry.carerId === carerId)
      .map((entry) => recordedEntryView(entry, new Date('2026-01-05T10:00:00Z')));
  }

  async caresFor(carerId: string) {
    return this.links
      .filter((link) => link.carerId === carerId)
      .map(({ participantId, relationship, linkedBy, linkedAt }) => ({
        participantId,
        relationship,
        linkedBy,
        linkedAt,
      }));
  }

  async link(link: { carerId: string; participantId: string; relationship: string; linkedBy: string }) {
    const known = this.links.find((each) => each.carerId === link.carerId && each.participantId === link.participantId);
    if (known) known.relationship = link.relationship;
    else this.links.push({ ...link, linkedAt: new Date('2026-01-05T10:00:00Z') });
    return !known;
  }

  async carersOf(
    siteId: string,
    participantId: string,
    { skip, take }: { skip: number; take: number } = { skip: 0, take: Number.MAX_SAFE_INTEGER },
  ): Promise<{ carers: LinkedCarer[]; total: number }> {
    const linked = this.linkedCarers(siteId, participantId);
    return { carers: linked.slice(skip, skip + take), total: linked.length };
  }

  private linkedCarers(siteId: string, participantId: string): LinkedCarer[] {
    return this.links
      .filter((link) => link.participantId === participantId)
      .flatMap((link) => {
        const carer = this.carers.get(link.carerId);
        if (carer?.siteId !== siteId) return [];
        const { id, kind, stage, nextTransitionOn } = carer;
        const name = (carer.contact.name as string | undefined) ?? null;
        return [{ id, kind, name, relationship: link.relationship, stage, nextTransitionOn, linkedAt: link.linkedAt }];
      });
  }

  async supportedCarerIds(siteId: string, participantId: string) {
    return this.linkedCarers(siteId, participantId)
      .filter((carer) => carer.stage !== 'closed')
      .map((carer) => carer.id)
      .sort();
  }

  async teamOf(carerId: string) {
    const carer = this.carers.get(carerId);
    if (!carer) throw new Error(`no carer ${carerId}`);
    return carer.teamId;
  }

  async recordStep(entry: CarerTimelineEntry) {
    const known = this.entries.some((each) => each.carerId === entry.carerId && each.requestId === entry.requestId);
    if (known) return;
    this.entries.push(entry);
    const carer = this.carers.get(entry.carerId);
    if (carer && carer.revision < entry.carerAfter.revision) {
      Object.assign(carer, { stage: entry.carerAfter.stage, revision: entry.carerAfter.revision });
    }
  }

  async recordTransitionDue(due: DueTransition) {
    const known = this.transitions.some(
      (each) => each.carerId === due.carerId && each.transition === due.transition && each.dueOn === due.dueOn,
    );
    if (!known) {
      const { carerId, transition, dueOn, remindOn } = due;
      this.transitions.push({ carerId, transition, dueOn, remindOn, noticedAt: new Date(), reminderId: null });
    }
    const carer = this.carers.get(due.carerId);
    if (carer && carer.revision < due.revision) {
      Object.assign(carer, { nextTransitionOn: due.nextTransitionOn, revision: due.revision });
    }
  }

  async setTransitionReminder(due: Pick<DueTransition, 'carerId' | 'transition' | 'dueOn'>, reminderId: string) {
    for (const each of this.transitions) {
      if (each.carerId === due.carerId && each.transition === due.transition && each.dueOn === due.dueOn) {
        each.reminderId = reminderId;
      }
    }
  }
}

/** A CarersService over in-memory carers, for services that only find carers through it. */
export function carersServiceOver(records: InMemoryCarersRepository): CarersService {
  const unused = null as never;
  return new CarersService(records as unknown as CarersRepository, unused, unused, unused);
}
