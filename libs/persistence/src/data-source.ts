import { DataSource } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

export function createDataSource(databaseUrl: string): DataSource {
  return new DataSource({
    type: 'postgres',
    url: databaseUrl,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    synchronize: false,
    migrationsRun: false,
    // Off: TypeORM would print failing queries with their parameters, which hold personal data.
    logging: false,
    // A connection (or a free one from the pool) within 5 s, or the request fails as an outage (503),
    // rather than waiting on a database that is away; kept-alive sockets notice a dead peer.
    extra: { max: 20, connectionTimeoutMillis: 5_000, keepAlive: true },
  });
}
