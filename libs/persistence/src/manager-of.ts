import { DataSource, type EntityManager } from 'typeorm';

/** Repositories take the process's DataSource, or the EntityManager of a transaction they join. */
export function managerOf(db: DataSource | EntityManager): EntityManager {
  return db instanceof DataSource ? db.manager : db;
}
