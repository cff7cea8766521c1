import type {
  CaseOwner,
  OwnerForStep,
  StepAmendment,
  StepAnswer,
  StepEntry,
  StepNarrative,
  StepTimeline,
  TimelineRepository,
} from '@ipc/persistence';
import { recordedEntryView } from './recorded-entry-view';

type Timelines = Pick<
  TimelineRepository,
  | 'findOwner'
  | 'stageOf'
  | 'findAnswer'
  | 'saveNarrative'
  | 'forgetNarrative'
  | 'addEntry'
  | 'steps'
  | 'narrativeOf'
  | 'addAmendment'
  | 'amendments'
>;

/**
 * Our timeline repository's contract, kept in memory: owners by site, entries and the first answer
 * under each request id, narratives joined to their entries by request id, amendments once per
 * request and field. Maps are keyed as the tables are (`journey_steps/<owner>/<request>`).
 */
export class InMemoryTimelines implements Timelines {
  readonly owners = new Map<string, CaseOwner & { siteId: string }>();
  readonly answers = new Map<string, StepAnswer<unknown>>();
  readonly narratives = new Map<string, StepNarrative>();
  readonly entries = new Map<string, (StepEntry & { recordedAt: Date })[]>();
  readonly amendmentsKept = new Map<string, StepAmendment[]>();

  add(timeline: StepTimeline, owner: CaseOwner, siteId = 'site-a') {
    this.owners.set(`${timeline.ownerTable}/${owner.id}`, { ...owner, siteId });
    return owner;
  }

  async findOwner<State>(timeline: StepTimeline, ownerId: string, siteId: string, requestId?: string) {
    const owner = this.owners.get(`${timeline.ownerTable}/${ownerId}`);
    if (owner?.siteId !== siteId) return undefined;
    const found: OwnerForStep<State> = { id: owner.id, stage: owner.stage, openedOn: owner.openedOn };
    const earlier = requestId === undefined ? undefined : await this.findAnswer<State>(timeline, ownerId, requestId);
    return earlier ? { ...found, earlier } : found;
  }

  async stageOf(timeline: StepTimeline, ownerId: string) {
    return this.owners.get(`${timeline.ownerTable}/${ownerId}`)?.stage;
  }

  async findAnswer<State>(timeline: StepTimeline, ownerId: string, requestId: string) {
    return this.answers.get(`${timeline.table}/${ownerId}/${requestId}`) as StepAnswer<State> | undefined;
  }

  async saveNarrative(timeline: StepTimeline, ownerId: string, narrative: StepNarrative) {
    const key = `${timeline.narrativeTable}/${ownerId}/${narrative.requestId}`;
    if (!this.narratives.has(key)) this.narratives.set(key, narrative);
  }

  async forgetNarrative(timeline: StepTimeline, ownerId: string, requestId: string) {
    this.narratives.delete(`${timeline.narrativeTable}/${ownerId}/${requestId}`);
  }

  async addEntry(timeline: StepTimeline, ownerId: string, entry: StepEntry, stateAfter: object) {
    const answerKey = `${timeline.table}/${ownerId}/${entry.requestId}`;
    if (this.answers.has(answerKey)) return false;
    this.answers.set(answerKey, { step: entry.step, stateAfter });
    this.entriesOf(timeline, ownerId).push({ ...entry, recordedAt: new Date() });
    return true;
  }

  async steps(timeline: StepTimeline, ownerId: string) {
    return this.entriesOf(timeline, ownerId).map((entry) => {
      const view = recordedEntryView(entry, entry.recordedAt);
      const narrative = this.narratives.get(`${timeline.narrativeTable}/${ownerId}/${entry.requestId}`);
      return { ...view, details: { ...view.details, ...narrative?.text } };
    });
  }

  async narrativeOf(timeline: StepTimeline, ownerId: string, sequence: number) {
    const entry = this.entriesOf(timeline, ownerId).find((found) => found.sequence === sequence);
    const narrative = entry && this.narratives.get(`${timeline.narrativeTable}/${ownerId}/${entry.requestId}`);
    return narrative?.text as Record<string, unknown> | undefined;
  }

  async addAmendment(timeline: StepTimeline, ownerId: string, amendment: StepAmendment) {
    const kept = this.amendmentsOf(timeline, ownerId);
    if (kept.some((found) => found.requestId === amendment.requestId && found.field === amendment.field)) return false;
    kept.push({ ...amendment, amendedAt: new Date() });
    return true;
  }

  async amendments(timeline: StepTimeline, ownerId: string) {
    return [...this.amendmentsOf(timeline, ownerId)];
  }

  private entriesOf(timeline: StepTimeline, ownerId: string) {
    const key = `${timeline.table}/${ownerId}`;
    if (!this.entries.has(key)) this.entries.set(key, []);
    return this.entries.get(key) ?? [];
  }

  private amendmentsOf(timeline: StepTimeline, ownerId: string) {
    const key = `${timeline.amendmentTable}/${ownerId}`;
    if (!this.amendmentsKept.has(key)) this.amendmentsKept.set(key, []);
    return this.amendmentsKept.get(key) ?? [];
  }
}
