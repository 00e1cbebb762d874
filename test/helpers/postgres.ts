// A PostgreSQL for the tests that need one: the server CI started (SRDI_TEST_DATABASE_URL),
// or a throwaway cluster of their own (scripts/throwaway-postgres.ts), stopped after.
// When neither can be had, `why` says why, and the tests say it as they skip.
import { throwawayDatabase, type ThrowawayDatabase } from '../../scripts/throwaway-postgres';

export type TestDatabase = ThrowawayDatabase;

export async function testDatabase(): Promise<{ db: TestDatabase | null; why: string | null }> {
  const given = process.env.SRDI_TEST_DATABASE_URL;
  if (given) return { db: { url: given, stop: () => undefined }, why: null };
  return throwawayDatabase();
}
