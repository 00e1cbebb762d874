// The Table view's columns, and how the chosen ones and the sort travel in the link
// (cols=title,date,outlet · tsort=-date).
export const COLUMNS = ['title', 'date', 'precision', 'outlet', 'regions', 'industries', 'topics', 'kind', 'figures', 'documents', 'source'] as const;
export type ColumnId = (typeof COLUMNS)[number];
export const DEFAULT_COLUMNS: readonly ColumnId[] = ['title', 'date', 'outlet', 'regions', 'industries', 'figures'];

export interface TableSort {
  column: ColumnId;
  descending: boolean;
}

/** Parses `cols=` (known columns, each once, in the given order); null when nothing usable is there. */
export function parseColumns(text: string): ColumnId[] | null {
  const ids = [...new Set(text.split(','))].filter((c): c is ColumnId => (COLUMNS as readonly string[]).includes(c));
  return ids.length > 0 && ids.length === text.split(',').length ? ids : null;
}

/** Parses `tsort=date` / `tsort=-date`. */
export function parseTableSort(text: string): TableSort | null {
  const descending = text.startsWith('-');
  const column = descending ? text.slice(1) : text;
  return (COLUMNS as readonly string[]).includes(column) ? { column: column as ColumnId, descending } : null;
}

export const tableSortText = (s: TableSort): string => `${s.descending ? '-' : ''}${s.column}`;
