import { rmSync } from 'node:fs';

/** Removes the run's temporary database (and SQLite's side files). */
export default function teardown(): void {
  const database = process.env.GALLEY_E2E_DB;
  if (!database) return;
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${database}${suffix}`, { force: true });
}
