import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { PostalAddress } from '../entities/contact-preference.entity';
import { PersonDetailsChangeEntity } from '../entities/person-details-change.entity';
import { PersonDetailsEntity, type PersonKind, type PhoneNumber } from '../entities/person-details.entity';
import { managerOf } from '../manager-of';

/** Whose details: a participant or carer, at the site that holds them. */
export interface PersonRef {
  personKind: PersonKind;
  personId: string;
  siteId: string;
}

/** The details a person's record holds, each field as recorded (null or empty when not known). */
export interface PersonDetails {
  title: string | null;
  givenName: string | null;
  familyName: string | null;
  preferredName: string | null;
  postalAddress: PostalAddress | null;
  phones: PhoneNumber[];
  email: string | null;
  gpPracticeOdsCode: string | null;
  mainLanguage: string | null;
  interpreterNeeded: boolean;
  communicationNeeds: string[];
}

/** Details with nothing known: what a first recording's changed fields are counted against, and what a person without any shows. */
export const EMPTY_PERSON_DETAILS: Readonly<PersonDetails> = {
  title: null,
  givenName: null,
  familyName: null,
  preferredName: null,
  postalAddress: null,
  phones: [],
  email: null,
  gpPracticeOdsCode: null,
  mainLanguage: null,
  interpreterNeeded: false,
  communicationNeeds: [],
};

export const PERSON_DETAIL_FIELDS = [
  'title',
  'givenName',
  'familyName',
  'preferredName',
  'postalAddress',
  'phones',
  'email',
  'gpPracticeOdsCode',
  'mainLanguage',
  'interpreterNeeded',
  'communicationNeeds',
] as const satisfies readonly (keyof PersonDetails)[];

/** The details as recorded, with their version and who last changed them when. */
export interface RecordedPersonDetails extends PersonDetails {
  version: number;
  updatedBy: string;
  updatedAt: Date;
}

export interface PersonDetailsChange {
  version: number;
  changedBy: string;
  changedAt: Date;
  changedFields: string[];
  /** What each changed field held before; null for the first recording. */
  previous: Partial<PersonDetails> | null;
}

/** The names search matches, and their sounds (ranking), recomputed from the row itself. */
const REFRESH_SEARCH = `
  UPDATE person_details
     SET search_name = person_search_text(concat_ws(' ', given_name, nullif(preferred_name, given_name), family_name)),
         search_sounds = person_search_sounds(person_search_text(
           concat_ws(' ', given_name, nullif(preferred_name, given_name), family_name)))
   WHERE person_kind = $1 AND person_id = $2`;

/** Recomputes what search reads of a person's names, and adds their words to the words search knows. */
async function refreshSearch(manager: EntityManager, personKind: PersonKind, personId: string): Promise<void> {
  await manager.query(REFRESH_SEARCH, [personKind, personId]);
  await manager.query(
    `INSERT INTO person_name_words (word)
     SELECT DISTINCT word FROM person_details, unnest(string_to_array(search_name, ' ')) AS word
      WHERE person_kind = $1 AND person_id = $2 AND word <> ''
     ON CONFLICT DO NOTHING`,
    [personKind, personId],
  );
}

const postcodeKeyOf = (address: PostalAddress | null) => address?.postcode.replace(/\s+/g, '').toUpperCase() ?? null;

const sameValue = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

const detailsOf = (row: PersonDetailsEntity): RecordedPersonDetails =>
  ({
    ...Object.fromEntries(PERSON_DETAIL_FIELDS.map((field) => [field, row[field]])),
    version: row.version,
    updatedBy: row.updatedBy,
    updatedAt: row.updatedAt,
  }) as RecordedPersonDetails;

/**
 * People's details (participants and carers) and every change to them. Built on a transaction's
 * manager by a repository that records details with something else (a referral, a registration).
 */
@Injectable()
export class PersonDetailsRepository {
  private readonly manager: EntityManager;

  constructor(@Inject(DataSource) db: DataSource | EntityManager) {
    this.manager = managerOf(db);
  }

  async find({ personKind, personId, siteId }: PersonRef): Promise<RecordedPersonDetails | null> {
    const row = await this.manager.findOneBy(PersonDetailsEntity, { personKind, personId, siteId });
    return row && detailsOf(row);
  }

  /** The details a person is first recorded with (at referral or registration): version 1 and its change. */
  async recordFirst(person: PersonRef, details: PersonDetails, recordedBy: string): Promise<void> {
    await this.manager.insert(PersonDetailsEntity, {
      ...person,
      ...details,
      postcodeKey: postcodeKeyOf(details.postalAddress),
      version: 1,
      updatedBy: recordedBy,
    });
    await refreshSearch(this.manager, person.personKind, person.personId);
    await this.manager.insert(PersonDetailsChangeEntity, {
      ...person,
      version: 1,
      changedBy: recordedBy,
      changedFields: PERSON_DETAIL_FIELDS.filter((field) => !sameValue(details[field], EMPTY_PERSON_DETAILS[field])),
      previous: null,
    });
  }

  /**
   * Replaces the details, keeping what each changed field held before, in one transaction (the row
   * locked, so two changes at once are both kept, one after the other). Nothing changes: nothing is
   * recorded. A person with no details yet (referred before they were taken) gets their first.
   */
  async replace(person: PersonRef, details: PersonDetails, changedBy: string): Promise<RecordedPersonDetails> {
    return this.manager.transaction(async (manager) => {
      const { personKind, personId, siteId } = person;
      const current = await manager.findOne(PersonDetailsEntity, {
        where: { personKind, personId, siteId },
        lock: { mode: 'pessimistic_write' },
      });
      const repository = new PersonDetailsRepository(manager);
      if (!current) {
        await repository.recordFirst(person, details, changedBy);
      } else {
        const changed = PERSON_DETAIL_FIELDS.filter((field) => !sameValue(current[field], details[field]));
        if (changed.length) {
          const version = current.version + 1;
          await manager.update(
            PersonDetailsEntity,
            { personKind, personId },
            { ...details, postcodeKey: postcodeKeyOf(details.postalAddress), version, updatedBy: changedBy },
          );
          await refreshSearch(manager, personKind, personId);
          const change = manager.create(PersonDetailsChangeEntity, {
            ...person,
            version,
            changedBy,
            changedFields: changed,
            previous: Object.fromEntries(changed.map((field) => [field, current[field]])),
          });
          await manager.save(change);
        }
      }
      if (personKind === 'carer') await keepCarerContactName(manager, personId);
      return (await repository.find(person)) as RecordedPersonDetails;
    });
  }

  /** One page of the changes to a person's details, newest first, and how many there are. */
  async changes(
    { personKind, personId, siteId }: PersonRef,
    { skip, take }: { skip: number; take: number },
  ): Promise<{ changes: PersonDetailsChange[]; total: number }> {
    const [rows, total] = await this.manager.findAndCount(PersonDetailsChangeEntity, {
      where: { personKind, personId, siteId },
      order: { version: 'DESC' },
      skip,
      take,
    });
    const changes = rows.map(({ version, changedBy, changedAt, changedFields, previous }) => ({
      version,
      changedBy,
      changedAt,
      changedFields,
      previous: previous as Partial<PersonDetails> | null,
    }));
    return { changes, total };
  }

  /** What reminders and statements read of a person: how to reach them, their language and needs. */
  async reachable(
    personKind: PersonKind,
    personId: string,
  ): Promise<Pick<PersonDetails, 'email' | 'phones' | 'postalAddress' | 'mainLanguage' | 'communicationNeeds'> | null> {
    const row = await this.manager.findOne(PersonDetailsEntity, {
      where: { personKind, personId },
      select: { email: true, phones: true, postalAddress: true, mainLanguage: true, communicationNeeds: true },
    });
    return row;
  }
}

/** A carer's own record names them as their details do (the carer lists read it where details are missing). */
async function keepCarerContactName(manager: EntityManager, carerId: string): Promise<void> {
  await manager.query(
    `UPDATE carers c SET contact = c.contact || jsonb_build_object('name', concat_ws(' ', d.given_name, d.family_name))
       FROM person_details d
      WHERE c.id = $1 AND d.person_kind = 'carer' AND d.person_id = c.id AND d.family_name IS NOT NULL`,
    [carerId],
  );
}
