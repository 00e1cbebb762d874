// What stands where rows are awaited: why they failed (the rest of the page keeps working),
// or that they are coming. `live`: the line is the only status there (a table, a slide);
// beside a count that already is one, it is a plain busy line.
import { useT } from './shell-context';

export function RowsPending({ error, live = true }: { error: Error | null; live?: boolean }) {
  const t = useT();
  if (error) return <p className="muted" role="alert">{t('rowsFailed', { why: error.message })}</p>;
  return live ? <p className="muted" role="status">{t('rowsFetching')}</p> : <p className="muted" aria-busy="true">{t('rowsFetching')}</p>;
}
