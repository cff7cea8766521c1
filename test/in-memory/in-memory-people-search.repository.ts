import { postcodeKey } from '@ipc/domain';
import type {
  PeopleSearchRepository,
  PersonKind,
  PersonSearch,
  PersonSearchHit,
  PersonSearchPage,
} from '@ipc/persistence';

/** What a hit shows before it is matched. */
type PersonShown = Omit<PersonSearchHit, 'matchedOn' | 'score'>;

/** A person as a search can find them: participant or carer, and their site, beside what a hit shows. */
export type SearchablePerson = PersonShown & { personKind: PersonKind; siteId: string };

const words = (text: string) => text.toLowerCase().split(/\s+/).filter(Boolean);

/** Family then given name, those without a name last, then id: the order a list of carers keeps. */
const byName = (a: SearchablePerson, b: SearchablePerson) =>
  (a.familyName ?? '\uffff').localeCompare(b.familyName ?? '\uffff') ||
  (a.givenName ?? '\uffff').localeCompare(b.givenName ?? '\uffff') ||
  a.id.localeCompare(b.id);

/**
 * PeopleSearchRepository's contract over a list, kept with every search asked of it. A name matches
 * when each word of the query begins a word of it; the forgiving match and its ranking are the
 * repository's, tested against PostgreSQL.
 */
export class InMemoryPeopleSearch implements Pick<PeopleSearchRepository, 'search' | 'listCarers'> {
  readonly searches: (PersonSearch & { kind: PersonKind })[] = [];

  constructor(readonly people: SearchablePerson[] = []) {}

  async search(kind: PersonKind, search: PersonSearch): Promise<PersonSearchPage> {
    this.searches.push({ kind, ...search });
    const byNhsNumber = kind === 'participant' && search.nhsNumber !== null;
    const matching = this.people
      .filter((person) => person.personKind === kind && person.siteId === search.siteId)
      .filter((person) => (byNhsNumber ? person.nhsNumber === search.nhsNumber : this.nameMatches(person, search.name)))
      .filter((person) => !search.dateOfBirth || person.dateOfBirth === search.dateOfBirth)
      .filter(
        (person) => !search.postcodeKey || (person.postcode && postcodeKey(person.postcode)) === search.postcodeKey,
      )
      .sort(byName);
    const hits = matching.map((person) => ({
      ...this.hitOf(person),
      matchedOn: byNhsNumber ? ('nhs-number' as const) : ('name' as const),
      score: 1,
    }));
    return { hits: hits.slice(search.skip, search.skip + search.take), total: hits.length };
  }

  async listCarers(siteId: string, window: { skip: number; take: number }): Promise<PersonSearchPage> {
    const carers = this.people
      .filter((person) => person.personKind === 'carer' && person.siteId === siteId)
      .sort(byName);
    const hits = carers.map((person) => ({ ...this.hitOf(person), matchedOn: null, score: null }));
    return { hits: hits.slice(window.skip, window.skip + window.take), total: hits.length };
  }

  private nameMatches(person: SearchablePerson, query: string) {
    const held = words([person.givenName, person.familyName, person.preferredName].filter(Boolean).join(' '));
    return words(query).every((word) => held.some((name) => name.startsWith(word)));
  }

  private hitOf(person: SearchablePerson): PersonShown {
    const shown: Partial<SearchablePerson> = { ...person };
    delete shown.personKind;
    delete shown.siteId;
    return shown as PersonShown;
  }
}
