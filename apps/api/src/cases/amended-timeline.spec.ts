import type { StepAmendment, StepTimelineView } from '@ipc/persistence';
import { amendedTimeline, datedEntries } from './amended-timeline';

const entry = (sequence: number, step: string, details: Record<string, unknown> = {}): StepTimelineView => ({
  sequence,
  step,
  fromStage: null,
  toStage: 'offered',
  actor: { staffId: 's', teamId: 't' },
  effectiveDate: `2026-09-0${sequence + 1}`,
  recordedAt: new Date('2026-09-10T10:00:00Z'),
  details,
});

const amendment = (overrides: Partial<StepAmendment>): StepAmendment => ({
  requestId: 'key-1',
  sequence: 1,
  field: 'narrative',
  original: { note: 'first' },
  amended: { note: 'second' },
  reason: 'typo',
  amendedBy: 'coordinator-a',
  ...overrides,
});

describe(amendedTimeline.name, () => {
  it('should apply amendments in order and keep what was recorded first beside the entry', () => {
    const [, amended] = amendedTimeline(
      [entry(0, 'referral'), entry(1, 'offer', { note: 'first', language: 'en' })],
      [
        amendment({}),
        amendment({ requestId: 'key-2', original: { note: 'second' }, amended: { note: 'third' } }),
        amendment({ requestId: 'key-3', field: 'effective-date', original: '2026-09-02', amended: '2026-09-01' }),
      ],
    );
    expect(amended).toMatchObject({
      amended: true,
      effectiveDate: '2026-09-01',
      details: { note: 'third', language: 'en' },
      original: { effectiveDate: '2026-09-02', details: { note: 'first', language: 'en' } },
    });
    expect(amended.amendments.map((found) => found.field)).toEqual(['narrative', 'narrative', 'effective-date']);
  });

  it('should mark an entry a later entry stepped back, with its reason, and leave both out of the dated steps', () => {
    const timeline = amendedTimeline(
      [entry(0, 'referral'), entry(1, 'offer'), entry(2, 'entered-in-error', { sequence: 1, reason: 'wrong person' })],
      [],
    );
    expect(timeline[1].enteredInError).toMatchObject({ bySequence: 2, reason: 'wrong person' });
    expect(timeline[0]).toMatchObject({ amended: false, original: null, amendments: [], enteredInError: null });
    expect(datedEntries(timeline).map((found) => found.sequence)).toEqual([0]);
  });
});
