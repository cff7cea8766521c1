import 'reflect-metadata';
import { loadConfig } from '@ipc/config';
import { nhsNumberQuery } from '@ipc/domain';
import { createDataSource, dropDatabase, migrateDatabase, PeopleSearchRepository } from '@ipc/persistence';
import type { DataSource } from 'typeorm';
import { summariseLatencies } from './latency-stats';

/**
 * `npm run bench:search`: a database of its own (`<DATABASE_URL>_search_bench`, dropped after)
 * holding one synthetic site per size in BENCH_SIZES (default 100000,1000000), all in the same
 * tables as a multi-site deployment would be, loaded with generate_series. Times BENCH_QUERIES
 * (default 200) searches of each kind per site after a warm-up, through PeopleSearchRepository
 * (the query GET /participants/search runs), and prints p50/p95 side by side, with how often the
 * person searched for was on the first page.
 */
const GIVEN = [
  'John',
  'Mary',
  'Siân',
  'Aled',
  'Priya',
  'Mohammed',
  'Olivia',
  'George',
  'Amelia',
  'Harry',
  'Chloé',
  'Zoë',
  'Ioan',
  'Dafydd',
  'Fatima',
  'Aisha',
  'Wei',
  'Ngozi',
  'Kwame',
  'Sofia',
  'Liam',
  'Noah',
  'Oliver',
  'Jack',
  'Charlie',
  'Thomas',
  'Jacob',
  'Alfie',
  'Riley',
  'William',
  'James',
  'Joshua',
  'Emily',
  'Isla',
  'Ava',
  'Ella',
  'Jessica',
  'Isabella',
  'Mia',
  'Poppy',
  'Sophie',
  'Grace',
  'Lily',
  'Evie',
  'Ruby',
  'Freya',
  'Daisy',
  'Layla',
  'Ellie',
  'Sienna',
  'Anna',
  'Ruth',
  'Gareth',
  'Rhys',
  'Ffion',
  'Bethan',
  'Catrin',
  'Eleri',
  'Rhian',
  'Owain',
  'Gethin',
  'Iwan',
  'Siobhán',
  'Seán',
  'Niamh',
  'Ciarán',
  'Aoife',
  'Eoin',
  'Pádraig',
  'Róisín',
  'Ahmed',
  'Ali',
  'Omar',
  'Yusuf',
  'Zainab',
  'Maryam',
  'Hassan',
  'Ibrahim',
  'Raj',
  'Anil',
  'Sunita',
  'Deepak',
  'Kiran',
  'Arjun',
  'Meera',
  'Ravi',
  'Chen',
  'Li',
  'Ming',
  'Jun',
  'Hui',
  'Lei',
  'Tomasz',
  'Piotr',
  'Agnieszka',
  'Katarzyna',
  'Łukasz',
  'Paweł',
  'Magdalena',
  'José',
  'María',
  'Raúl',
  'Inés',
  'Renée',
  'André',
  'François',
  'Hélène',
  'Jürgen',
  'Björn',
  'Margaret',
  'Patricia',
  'Barbara',
  'Elizabeth',
  'Susan',
  'Dorothy',
  'Joan',
  'Brian',
  'Kenneth',
  'Derek',
  'Colin',
  'Graham',
  'Trevor',
  'Malcolm',
  'Nigel',
  'Stuart',
  'Gordon',
  'Douglas',
  'Keith',
];
const FAMILY = [
  'Smith',
  'Jones',
  'Williams',
  'Taylor',
  'Brown',
  'Davies',
  'Evans',
  'Wilson',
  'Thomas',
  'Johnson',
  'Roberts',
  'Robinson',
  'Thompson',
  'Wright',
  'Walker',
  'White',
  'Edwards',
  'Hughes',
  'Green',
  'Hall',
  'Lewis',
  'Harris',
  'Clarke',
  'Patel',
  'Jackson',
  'Wood',
  'Turner',
  'Martin',
  'Cooper',
  'Hill',
  'Ward',
  'Morris',
  'Moore',
  'Clark',
  'Lee',
  'King',
  'Baker',
  'Harrison',
  'Morgan',
  'Allen',
  'James',
  'Scott',
  'Phillips',
  'Watson',
  'Davis',
  'Parker',
  'Price',
  'Bennett',
  'Young',
  'Griffiths',
  'Mitchell',
  'Kelly',
  'Cook',
  'Carter',
  'Richardson',
  'Bailey',
  'Collins',
  'Bell',
  'Shaw',
  'Murphy',
  'Miller',
  'Cox',
  'Richards',
  'Khan',
  'Marshall',
  'Anderson',
  'Simpson',
  'Ellis',
  'Adams',
  'Singh',
  'Begum',
  'Wilkinson',
  'Foster',
  'Chapman',
  'Powell',
  'Webb',
  'Rogers',
  'Gray',
  'Mason',
  'Ali',
  'Hunt',
  'Hussain',
  'Campbell',
  'Matthews',
  'Owen',
  'Palmer',
  'Holmes',
  'Mills',
  'Barnes',
  'Knight',
  'Lloyd',
  'Butler',
  'Russell',
  'Barker',
  'Fisher',
  'Stevens',
  'Jenkins',
  'Murray',
  'Dixon',
  'Harvey',
  'Graham',
  'Pearson',
  'Ahmed',
  'Fletcher',
  'Walsh',
  'Kaur',
  'Gibson',
  'Howard',
  'Andrews',
  'Stewart',
  'Elliott',
  'Reynolds',
  'Saunders',
  'Payne',
  'Fox',
  'Ford',
  'Pearce',
  'Day',
  'Brooks',
  'West',
  'Lawrence',
  'Cole',
  'Atkinson',
  'Bradley',
  'Spencer',
  'Gill',
  'Dawson',
  'Ball',
  'Burton',
  "O'Brien",
  'Watts',
  'Rose',
  'Booth',
  'Perry',
  'Ryan',
  'Grant',
  'Wells',
  'Armstrong',
  'Francis',
  'Rees',
  'Hayes',
  'Hart',
  'Hudson',
  'Newman',
  'Barrett',
  'Webster',
  'Hunter',
  'Gregory',
  'Carr',
  'Lowe',
  'Page',
  'Marsh',
  'Riley',
  'Dunn',
  'Woods',
  'Parsons',
  'Berry',
  'Stone',
  'Reid',
  'Holland',
  'Hawkins',
  'Harding',
  'Porter',
  'Robertson',
  'Newton',
  'Oliver',
  'Reed',
  'Kennedy',
  'Williamson',
  'Bird',
  'Gardner',
  'Shah',
  'Dean',
  'Lane',
  'Cooke',
  'Bates',
  'Henderson',
  'Parry',
  'Burgess',
  'Bishop',
  'Walton',
  'Burns',
  'Nicholson',
  'Shepherd',
  'Ross',
  'Cross',
  'Long',
  'Freeman',
  'Warren',
  'Nicholls',
  'Hamilton',
  'Byrne',
  'Sutton',
  'McDonald',
  'Yates',
  'Hodgson',
  'Robson',
  'Curtis',
  'Hopkins',
  "O'Connor",
  'Harper',
  'Coleman',
  'Watkins',
  'Moss',
  'McCarthy',
  'Chambers',
  'Griffin',
  'Sharp',
  'Hardy',
  'Wheeler',
  'Potter',
  'Osborne',
  'Johnston',
  'Gordon',
  'Doyle',
  'Wallace',
  'Jordan',
  'Hutchinson',
  'Rowe',
  'Burke',
  'Pritchard',
  'Gilbert',
  'Willis',
  'Higgins',
  'Miles',
  'Stevenson',
  'Hammond',
  'Arnold',
  'Buckley',
  'Walters',
  'Hewitt',
  'Barber',
  'Nelson',
  'Slater',
  'Austin',
  'Sullivan',
  'Whitehead',
  'Mann',
  'Frost',
  'Lambert',
  'Blake',
  'Akhtar',
  'Lynch',
  'Goodwin',
  'Barton',
  'Woodward',
  'Cunningham',
  'Quinn',
  'Barnett',
  'Baxter',
  'Bibi',
  'Clayton',
  'Nash',
  'Greenwood',
  'Jennings',
  'Holt',
  'Kemp',
  'Poole',
  'Gallagher',
  'Bond',
  'Stokes',
  'Tucker',
  'Davidson',
  'Fowler',
  'Heath',
  'Norman',
  'Middleton',
  'Lawson',
  'Banks',
  'French',
  'Stanley',
  'Jarvis',
  'Gibbs',
  'Ferguson',
  'Hayward',
  'Carroll',
  'Douglas',
  'Dickinson',
  'Todd',
  'Barlow',
  'Peters',
  'Lucas',
  'Knowles',
  'Hartley',
  'Miah',
  'Simmons',
  'Núñez',
  'Müller',
  'Łukaszewski',
  'Ćosić',
  'Nguyễn',
  'Ó Súilleabháin',
  'Dąbrowski',
  'Kowalczyk',
  'Nowak',
  'Wiśniewski',
];
const POSTCODE_AREAS = ['LS', 'BD', 'M', 'CF', 'B', 'NE', 'SW', 'E', 'N', 'G', 'EH', 'BS', 'L', 'S', 'NG'];

function setting(name: string, fallback: string): string {
  return process.env[name] || fallback;
}

/** `size` people at `siteId`: participants and their details, names and dates spread by hashing the row number. */
async function loadSite(dataSource: DataSource, siteId: string, size: number, offset: number): Promise<void> {
  await dataSource.query(
    `INSERT INTO participants (id, site_id, team_id, nhs_number, date_of_birth, cohort, referral_source, referred_by,
                               referral_request_id, referred_on, stage, stage_entered_on, stage_dates)
     SELECT md5($1 || i)::uuid, $1, 'team-' || (i % 8), lpad((($3::bigint + i) * 7)::text, 10, '0'),
            date '1926-01-01' + (abs(hashtext('dob' || $1 || i)) % 36500), 'multiple-long-term-conditions',
            'gp-referral', 'search-bench', 'bench-' || i, date '2026-01-05', 'referred', date '2026-01-05',
            '{"referred": "2026-01-05"}'
       FROM generate_series(1, $2::int) AS i`,
    [siteId, size, offset],
  );
  await dataSource.query(
    `INSERT INTO person_details (person_kind, person_id, site_id, given_name, family_name, postal_address, postcode_key,
                                 updated_by, search_name, search_sounds)
     SELECT 'participant', md5($1 || i)::uuid, $1, n.given, n.family,
            jsonb_build_object('lines', jsonb_build_array(i || ' High Street', 'Town'), 'postcode', n.postcode),
            replace(n.postcode, ' ', ''), 'search-bench', n.search, person_search_sounds(n.search)
       FROM generate_series(1, $2::int) AS i
      CROSS JOIN LATERAL (
        SELECT g.given, f.family, p.postcode, person_search_text(g.given || ' ' || f.family) AS search
          FROM (SELECT ($3::text[])[1 + abs(hashtext('g' || i)) % cardinality($3::text[])] AS given) g,
               (SELECT ($4::text[])[1 + abs(hashtext('f' || i)) % cardinality($4::text[])] AS family) f,
               (SELECT ($5::text[])[1 + abs(hashtext('p' || i)) % cardinality($5::text[])]
                       || (1 + abs(hashtext('d' || i)) % 20) || ' ' || (abs(hashtext('s' || i)) % 10)
                       || chr(65 + abs(hashtext('u' || i)) % 26) || chr(65 + abs(hashtext('v' || i)) % 26) AS postcode) p
      ) n`,
    [siteId, size, GIVEN, FAMILY, POSTCODE_AREAS],
  );
}

/** Two neighbouring letters swapped in each word longer than three letters: `John Smith` as `Jonh Smtih`. */
function withTypo(name: string): string {
  return name
    .split(' ')
    .map((word) => (word.length > 3 ? word.slice(0, 2) + word[3] + word[2] + word.slice(4) : word))
    .join(' ');
}

interface Sample {
  id: string;
  nhsNumber: string;
  name: string;
  dateOfBirth: string;
}

const KINDS = ['NHS number (spaced)', 'name with a typo', 'name with a typo + date of birth'] as const;
type Kind = (typeof KINDS)[number];

async function measureSite(dataSource: DataSource, siteId: string, queries: number) {
  const samples = await dataSource.query<Sample[]>(
    `SELECT p.id, p.nhs_number AS "nhsNumber", d.given_name || ' ' || d.family_name AS name,
            to_char(p.date_of_birth, 'YYYY-MM-DD') AS "dateOfBirth"
       FROM participants p JOIN person_details d ON d.person_kind = 'participant' AND d.person_id = p.id
      WHERE p.site_id = $1 ORDER BY random() LIMIT $2`,
    [siteId, queries + 20],
  );
  const repository = new PeopleSearchRepository(dataSource);
  const run = (kind: Kind, sample: Sample) => {
    const spaced = `${sample.nhsNumber.slice(0, 3)} ${sample.nhsNumber.slice(3, 6)} ${sample.nhsNumber.slice(6)}`;
    const q = kind === KINDS[0] ? spaced : withTypo(sample.name);
    return repository.search('participant', {
      siteId,
      nhsNumber: nhsNumberQuery(q),
      name: q,
      dateOfBirth: kind === KINDS[2] ? sample.dateOfBirth : undefined,
      skip: 0,
      take: 25,
    });
  };
  const results = new Map<Kind, { ms: number[]; found: number; total: number[] }>();
  for (const kind of KINDS) {
    for (const sample of samples.slice(0, 20)) await run(kind, sample); // warm-up
    const result = { ms: [] as number[], found: 0, total: [] as number[] };
    for (const sample of samples.slice(20)) {
      const started = performance.now();
      const page = await run(kind, sample);
      result.ms.push(performance.now() - started);
      result.total.push(page.total);
      if (page.hits.some((hit) => hit.id === sample.id)) result.found++;
    }
    results.set(kind, result);
  }
  return results;
}

async function main(): Promise<void> {
  const sizes = setting('BENCH_SIZES', '100000,1000000').split(',').map(Number);
  const queries = Number(setting('BENCH_QUERIES', '200'));
  const databaseUrl = `${loadConfig().databaseUrl}_search_bench`;
  await dropDatabase(databaseUrl);
  await migrateDatabase(databaseUrl);
  const dataSource = await createDataSource(databaseUrl).initialize();
  try {
    // Nothing here reads the programme roll-ups the participants' triggers keep.
    await dataSource.query(`ALTER TABLE participants DISABLE TRIGGER USER`);
    let offset = 0;
    for (const size of sizes) {
      const started = performance.now();
      await loadSite(dataSource, `search-bench-${size}`, size, offset);
      offset += size;
      console.log(`loaded ${size} people in ${((performance.now() - started) / 1000).toFixed(0)} s`);
    }
    // What autovacuum does on a live database: statistics, and the trigram index's pending entries merged.
    await dataSource.query(`VACUUM ANALYZE participants`);
    await dataSource.query(`VACUUM ANALYZE person_details`);

    const bySize = new Map<number, Awaited<ReturnType<typeof measureSite>>>();
    for (const size of sizes) bySize.set(size, await measureSite(dataSource, `search-bench-${size}`, queries));

    console.log(`\nsearch p50 / p95 ms (${queries} queries each; first page of 25 found the person / median total)`);
    console.log(['query'.padEnd(34), ...sizes.map((size) => String(size).padStart(30))].join(''));
    for (const kind of KINDS) {
      const cells = sizes.map((size) => {
        const { ms, found, total } = bySize.get(size)?.get(kind) ?? { ms: [], found: 0, total: [] };
        const { p50, p95 } = summariseLatencies(ms);
        const medianTotal = summariseLatencies(total).p50;
        return `${p50.toFixed(0)} / ${p95.toFixed(0)} (${found}/${ms.length}, ${medianTotal})`.padStart(30);
      });
      console.log([kind.padEnd(34), ...cells].join(''));
    }
  } finally {
    await dataSource.destroy();
    if (process.env.BENCH_KEEP !== '1') await dropDatabase(databaseUrl);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
