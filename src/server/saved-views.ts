// Shared saved views in the database: listed for everyone, written with the team token.
import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import type { ApiSavedView, ApiSavedViewInput } from '../shared/api';

interface Row { id: string; name: string; author: string; search: string; chart: ApiSavedView['chart']; created_at: Date; updated_at: Date }

const asView = (r: Row): ApiSavedView => ({
  id: r.id, name: r.name, author: r.author, search: r.search, chart: r.chart, createdAt: r.created_at.toISOString(), updatedAt: r.updated_at.toISOString(),
});

const FIELDS = 'id, name, author, search, chart, created_at, updated_at';

/** The most views listed; a team with more pages through them by name (not yet needed). */
const MAX_LISTED = 1000;

export async function listViews(db: Pool): Promise<ApiSavedView[]> {
  const { rows } = await db.query<Row>(`SELECT ${FIELDS} FROM saved_views ORDER BY updated_at DESC, id LIMIT $1`, [MAX_LISTED]);
  return rows.map(asView);
}

export async function createView(db: Pool, v: ApiSavedViewInput): Promise<ApiSavedView> {
  const { rows } = await db.query<Row>(
    `INSERT INTO saved_views (id, name, author, search, chart) VALUES ($1, $2, $3, $4, $5) RETURNING ${FIELDS}`,
    [randomUUID(), v.name, v.author, v.search, v.chart],
  );
  return asView(rows[0]!);
}

/** Renames or re-points a view; null when there is no such view. */
export async function updateView(db: Pool, id: string, v: ApiSavedViewInput): Promise<ApiSavedView | null> {
  const { rows } = await db.query<Row>(
    `UPDATE saved_views SET name = $2, author = $3, search = $4, chart = $5, updated_at = now() WHERE id = $1 RETURNING ${FIELDS}`,
    [id, v.name, v.author, v.search, v.chart],
  );
  return rows[0] ? asView(rows[0]) : null;
}

export async function deleteView(db: Pool, id: string): Promise<boolean> {
  return ((await db.query('DELETE FROM saved_views WHERE id = $1', [id])).rowCount ?? 0) > 0;
}
