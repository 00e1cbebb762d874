// The database's schema, brought up to date by node-pg-migrate from the SQL files in
// migrations/ (each one transaction; the runner locks, so two servers starting at once
// do not both migrate).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runner } from 'node-pg-migrate';

const MIGRATIONS = join(dirname(fileURLToPath(import.meta.url)), 'migrations');

/** Applies every migration not yet applied; the names of those it applied. */
export async function migrate(databaseUrl: string, log: (line: string) => void = () => undefined): Promise<string[]> {
  // Dot files and the folder's README are not migrations.
  const applied = await runner({ databaseUrl, dir: MIGRATIONS, ignorePattern: '\\..*|README\\.md', direction: 'up', migrationsTable: 'srdi_migrations', log, checkOrder: true });
  return applied.map((m) => m.name);
}
