import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { PersonKind } from '../entities/person-details.entity';

/** What a search asks: a name (or, for participants, an NHS number), optionally narrowed, and its page. */
export interface PersonSearch {
  siteId: string;
  /** Ten digits when the query is an NHS number; null for a name. */
  nhsNumber: string | null;
  name: string;
  dateOfBirth?: string;
  /** Capitals, no spaces. */
  postcodeKey?: string;
  skip: number;
  take: number;
}

/** One person a search found (or a list shows), with how well they matched. */
export interface PersonSearchHit {
  id: string;
  title: string | null;
  givenName: string | null;
  familyName: string | null;
  preferredName: string | null;
  postcode: string | null;
  dateOfBirth: string;
  teamId: string;
  stage: string;
  closedOn: string | null;
  matchedOn: 'nhs-number' | 'name' | null;
  score: number | null;
  /** A participant's. */
  nhsNumber?: string;
  /** A carer's (what they are now, and to the person they mainly care for). */
  kind?: string;
  relationship?: string;
}

export interface PersonSearchPage {
  hits: PersonSearchHit[];
  total: number;
}

/**
 * A name matches when its trigrams are similar enough to the query's (typos); unaccent makes `Siân`
 * and `Sian` one.
 * Below 0.3, pg_trgm's default, because a transposed letter in each of two short names (`Jonh
 * Smyth`) leaves about 0.29 of `John Smith`'s trigrams.
 */
const NAME_SIMILARITY_THRESHOLD = 0.2;

/** The query as names are kept for search; a function of a parameter, folded before the plan so the index serves it. */
const QUERY_TEXT = 'person_search_text($2)';

/**
 * How a match ranks: its trigram similarity (whole name or best word), plus half the similarity of
 * how the names sound (double metaphone), which puts `John Smith` before `Jose Smith` for `Jonh Smyth`.
 */
const NAME_SCORE = `(greatest(similarity(d.search_name, ${QUERY_TEXT}), word_similarity(${QUERY_TEXT}, d.search_name))
                     + 0.5 * similarity(d.search_sounds, person_search_sounds(${QUERY_TEXT})))`;

const OWNERS: Record<PersonKind, { table: string; columns: string }> = {
  participant: { table: 'participants', columns: `o.nhs_number AS "nhsNumber"` },
  carer: {
    table: 'carers',
    // A young carer is an adult carer from their 18th birthday, as everywhere carers are shown.
    columns: `CASE WHEN o.kind = 'young-carer'
                    AND o.date_of_birth + interval '18 years' <= (now() AT TIME ZONE 'Europe/London')::date
               THEN 'adult-carer' ELSE o.kind END AS kind, o.relationship`,
  },
};

const hitColumns = (kind: PersonKind) => `
  o.id, d.title, d.given_name AS "givenName", d.family_name AS "familyName", d.preferred_name AS "preferredName",
  d.postal_address->>'postcode' AS postcode, to_char(o.date_of_birth, 'YYYY-MM-DD') AS "dateOfBirth",
  o.team_id AS "teamId", o.stage, to_char(o.closed_on, 'YYYY-MM-DD') AS "closedOn", ${OWNERS[kind].columns}`;

type Row = PersonSearchHit & { total?: string };

/**
 * Finds a site's participants and carers by NHS number or name, and lists carers. Reads
 * person_details through its trigram GIN index (each candidate's site checked on its row) and the
 * owner tables by their keys.
 */
@Injectable()
export class PeopleSearchRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  search(kind: PersonKind, search: PersonSearch): Promise<PersonSearchPage> {
    if (kind === 'participant' && search.nhsNumber) return this.byNhsNumber(search);
    return this.byName(kind, search);
  }

  /** The site's carers, by family then given name (those without a name last), and how many. */
  async listCarers(siteId: string, { skip, take }: { skip: number; take: number }): Promise<PersonSearchPage> {
    const rows = await this.dataSource.query<Row[]>(
      `SELECT ${hitColumns('carer')}, NULL AS "matchedOn", NULL::real AS score, count(*) OVER () AS total
         FROM carers o LEFT JOIN person_details d ON d.person_kind = 'carer' AND d.person_id = o.id
        WHERE o.site_id = $1
        ORDER BY d.family_name NULLS LAST, d.given_name NULLS LAST, o.id OFFSET $2 LIMIT $3`,
      [siteId, skip, take],
    );
    return this.page(rows, () => this.count(`SELECT count(*) FROM carers WHERE site_id = $1`, [siteId]));
  }

  /** The person with that NHS number (each journey of theirs at the site, the open one first), ranked first. */
  private async byNhsNumber(search: PersonSearch): Promise<PersonSearchPage> {
    const params: unknown[] = [search.siteId, search.nhsNumber];
    const narrowing = this.narrowing(search, params);
    const from = `FROM participants o LEFT JOIN person_details d ON d.person_kind = 'participant' AND d.person_id = o.id
                 WHERE o.site_id = $1 AND o.nhs_number = $2 ${narrowing}`;
    const rows = await this.dataSource.query<Row[]>(
      `SELECT ${hitColumns('participant')}, 'nhs-number' AS "matchedOn", 1::real AS score, count(*) OVER () AS total
         ${from}
        ORDER BY o.closed_on IS NOT NULL, o.referred_on DESC, o.id
       OFFSET $${params.length + 1} LIMIT $${params.length + 2}`,
      [...params, search.skip, search.take],
    );
    return this.page(rows, () => this.count(`SELECT count(*) ${from}`, params));
  }

  /**
   * People whose name is like the query, best first. With a date of birth the owner's (site, birth
   * date) index finds the few people born that day and each name is compared; otherwise the trigram
   * index finds the candidates, which are ranked and counted on person_details alone, and only the
   * page's rows are joined to their owner. The threshold is set for this transaction only.
   */
  private byName(kind: PersonKind, search: PersonSearch): Promise<PersonSearchPage> {
    const params: unknown[] = [search.siteId, search.name, kind];
    const narrowing = this.narrowing(search, params);
    const matched = search.dateOfBirth
      ? `FROM person_details d JOIN ${OWNERS[kind].table} o ON o.id = d.person_id
         WHERE d.site_id = $1 AND d.person_kind = $3 AND ${NAME_SCORE} >= ${NAME_SIMILARITY_THRESHOLD} ${narrowing}`
      : `FROM person_details d WHERE d.search_name % ${QUERY_TEXT} AND d.site_id = $1 AND d.person_kind = $3 ${narrowing}`;
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT set_config('pg_trgm.similarity_threshold', $1, true)`, [
        String(NAME_SIMILARITY_THRESHOLD),
      ]);
      const rows = await manager.query<Row[]>(
        `WITH matched AS (
           SELECT d.person_id, round(${NAME_SCORE}::numeric, 3)::real AS score, d.family_name, d.given_name ${matched}
         ), page AS (
           SELECT * FROM matched ORDER BY score DESC, family_name, given_name, person_id
           OFFSET $${params.length + 1} LIMIT $${params.length + 2}
         )
         SELECT ${hitColumns(kind)}, 'name' AS "matchedOn", page.score, (SELECT count(*) FROM matched) AS total
           FROM page
           JOIN person_details d ON d.person_kind = $3 AND d.person_id = page.person_id
           JOIN ${OWNERS[kind].table} o ON o.id = page.person_id
          ORDER BY page.score DESC, page.family_name, page.given_name, page.person_id`,
        [...params, search.skip, search.take],
      );
      return this.page(rows, async () => Number((await manager.query(`SELECT count(*) ${matched}`, params))[0].count));
    });
  }

  /** The date of birth and postcode a search is narrowed by, as conditions on `o` and `d`. */
  private narrowing(search: PersonSearch, params: unknown[]): string {
    const conditions: string[] = [];
    if (search.dateOfBirth) {
      params.push(search.dateOfBirth);
      conditions.push(`AND o.date_of_birth = $${params.length}::date`);
    }
    if (search.postcodeKey) {
      params.push(search.postcodeKey);
      conditions.push(`AND d.postcode_key = $${params.length}`);
    }
    return conditions.join(' ');
  }

  /** The hits and total: the window count when the page has rows, else counted (a page past the end). */
  private async page(rows: Row[], count: () => Promise<number>): Promise<PersonSearchPage> {
    const total = rows.length ? Number(rows[0].total) : await count();
    const hits = rows.map((row) => {
      const hit: PersonSearchHit = { ...row, score: row.score === null ? null : Number(row.score) };
      delete (hit as Row).total;
      return hit;
    });
    return { hits, total };
  }

  private async count(sql: string, params: unknown[]): Promise<number> {
    const [{ count }] = await this.dataSource.query<{ count: string }[]>(sql, params);
    return Number(count);
  }
}
