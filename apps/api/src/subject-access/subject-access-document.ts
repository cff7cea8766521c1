import type { FigureRow, StatementBlock, StatementDocument, StatementSection } from '../statements/render';
import type { SubjectAccessExport } from './subject-access.service';

/** `carePlanVersion` → `Care plan version`. */
function words(key: string): string {
  const spaced = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

function text(value: unknown): string {
  if (value === null || value === undefined) return 'not recorded';
  if (value instanceof Date) return value.toISOString();
  return String(value);
}

/** Every leaf of a value as a labelled row (`Care plan › Outcomes 1 › Description`), nothing left out. */
export function figuresOf(value: unknown, path: string[] = []): FigureRow[] {
  if (Array.isArray(value)) {
    if (value.length === 0) return [{ label: path.join(' › ') || 'Items', value: 'none' }];
    return value.flatMap((item, index) => figuresOf(item, [...path, `${path.length ? '' : 'Item '}${index + 1}`]));
  }
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0) return [{ label: path.join(' › ') || 'Details', value: 'none' }];
    return entries.flatMap(([key, item]) => figuresOf(item, [...path, words(key)]));
  }
  return [{ label: path.join(' › ') || 'Value', value: text(value) }];
}

/** Each item as a subheading and its figures, or a line saying there are none. */
function itemBlocks<Item>(items: Item[], heading: (item: Item, index: number) => string): StatementBlock[] {
  if (items.length === 0) return [{ type: 'paragraph', text: 'None recorded.' }];
  return items.flatMap((item, index) => [
    { type: 'subheading' as const, text: heading(item, index) },
    { type: 'figures' as const, rows: figuresOf(item) },
  ]);
}

const section = (heading: string, blocks: StatementBlock[]): StatementSection => ({ heading, blocks });
const figures = (value: unknown): StatementBlock[] =>
  value === null ? [{ type: 'paragraph', text: 'None recorded.' }] : [{ type: 'figures', rows: figuresOf(value) }];

/** The export laid out as the statements are, for the PDF a person is sent. */
export function subjectAccessDocument(held: SubjectAccessExport): StatementDocument {
  return {
    title: 'Information we hold about you',
    intro:
      `Everything the Integrated Personal Commissioning pathway engine holds on record ${held.participantId}, ` +
      `as it stood on ${held.generatedAt}: your record, what you told us about yourself, how you want to be ` +
      `contacted, every step of your journey (plans, budgets and reviews among them), your statements, ` +
      `spending, reminders, the carers linked to you, and every time staff looked at or changed your record.`,
    sections: [
      section('Your record', figures(held.record)),
      section('Your details', figures(held.details)),
      section(
        'Changes to your details',
        itemBlocks(held.detailsHistory, (_change, index) => `Change ${held.detailsHistory.length - index}`),
      ),
      section('About you', figures(held.demographics)),
      section('How you want to be contacted', figures(held.contactPreferences)),
      section(
        'Your journey, step by step',
        itemBlocks(held.timeline, (step) => `${step.sequence}. ${words(step.step)}, ${step.effectiveDate}`),
      ),
      section(
        'Statements',
        itemBlocks(held.statements, (statement) => `${words(statement.kind)}, issued ${statement.issuedOn}`),
      ),
      section('Spending', figures(held.spend)),
      section(
        'Reminders',
        itemBlocks(held.reminders, (reminder) => `${words(reminder.purpose)}, due ${reminder.dueDate}`),
      ),
      section(
        'Carers linked to you',
        itemBlocks(held.carers, (_carer, index) => `Carer ${index + 1}`),
      ),
      section('Who has looked at or changed your record', [
        {
          type: 'table',
          caption: 'Every access, newest first',
          columns: ['When', 'Staff member', 'Role', 'Part of the record', 'Action', 'Outcome', 'Reason given'],
          numeric: [false, false, false, false, false, true, false],
          rows: held.accessLog.map((entry) => [
            entry.occurredAt,
            entry.staffId,
            entry.staffRole,
            entry.part,
            entry.method === 'GET' ? 'read' : 'changed',
            String(entry.status),
            entry.accessReason ?? '',
          ]),
        },
      ]),
    ],
  };
}
