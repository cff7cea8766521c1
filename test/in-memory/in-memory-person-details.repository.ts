import {
  PERSON_DETAIL_FIELDS,
  type PersonDetails,
  type PersonDetailsChange,
  type PersonDetailsRepository,
  type PersonKind,
  type PersonRef,
  type RecordedPersonDetails,
} from '@ipc/persistence';

type Records = Pick<PersonDetailsRepository, 'find' | 'replace' | 'changes' | 'reachable'>;

const keyOf = (kind: PersonKind, id: string) => `${kind}:${id}`;

/** People's details in memory, with the repository's rules: a change keeps what it replaced, no change records nothing. */
export class InMemoryPersonDetails implements Records {
  readonly rows = new Map<string, RecordedPersonDetails & { siteId: string }>();
  readonly history = new Map<string, PersonDetailsChange[]>();

  async find({ personKind, personId, siteId }: PersonRef) {
    const row = this.rows.get(keyOf(personKind, personId));
    if (!row || row.siteId !== siteId) return null;
    const details: RecordedPersonDetails & { siteId?: string } = { ...row };
    delete details.siteId;
    return details;
  }

  async replace(person: PersonRef, details: PersonDetails, changedBy: string) {
    const key = keyOf(person.personKind, person.personId);
    const current = this.rows.get(key);
    const changed = PERSON_DETAIL_FIELDS.filter(
      (field) => JSON.stringify(current?.[field] ?? null) !== JSON.stringify(details[field] ?? null),
    );
    if (!current || changed.length) {
      const version = (current?.version ?? 0) + 1;
      this.rows.set(key, { ...details, siteId: person.siteId, version, updatedBy: changedBy, updatedAt: new Date() });
      const previous = current ? Object.fromEntries(changed.map((field) => [field, current[field]])) : null;
      const change = { version, changedBy, changedAt: new Date(), changedFields: changed, previous };
      this.history.set(key, [change, ...(this.history.get(key) ?? [])]);
    }
    return (await this.find(person)) as RecordedPersonDetails;
  }

  async changes({ personKind, personId }: PersonRef, { skip, take }: { skip: number; take: number }) {
    const all = this.history.get(keyOf(personKind, personId)) ?? [];
    return { changes: all.slice(skip, skip + take), total: all.length };
  }

  async reachable(personKind: PersonKind, personId: string) {
    return this.rows.get(keyOf(personKind, personId)) ?? null;
  }
}
