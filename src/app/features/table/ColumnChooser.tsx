// Which columns the table shows and in what order: a checkbox per column, and moves left
// and right for the chosen ones (the CSV export follows the same order).
import type { ColumnId } from '../../model/columns';
import { useT } from '../../ui/shell-context';
import { useMenu } from '../../ui/use-menu';

export function ColumnChooser({ columns, all, onChange, name }: { columns: readonly ColumnId[]; all: readonly ColumnId[]; onChange: (next: ColumnId[]) => void; name: (c: ColumnId) => string }) {
  const t = useT();
  const [menuRef] = useMenu();
  const chosen = [...columns];
  const rest = all.filter((c) => !columns.includes(c));
  const move = (c: ColumnId, by: -1 | 1) => {
    const k = chosen.indexOf(c);
    const next = [...chosen];
    [next[k], next[k + by]] = [next[k + by]!, next[k]!];
    onChange(next);
  };
  return (
    <details className="menu column-chooser" ref={menuRef}>
      <summary>{t('columns')} <span className="facet-count">{columns.length}</span></summary>
      <div className="menu-body">
        <ol className="column-list">
          {[...chosen, ...rest].map((c) => {
            const at = chosen.indexOf(c);
            return (
              <li key={c}>
                <label>
                  <input
                    type="checkbox"
                    checked={at >= 0}
                    // The last column stays: a table without columns shows nothing.
                    disabled={at >= 0 && chosen.length === 1}
                    onChange={(e) => onChange(e.target.checked ? [...chosen, c] : chosen.filter((x) => x !== c))}
                  />
                  {name(c)}
                </label>
                {at >= 0 && (
                  <span className="row-actions">
                    <button type="button" aria-label={t('moveColumnUp', { name: name(c) })} disabled={at === 0} onClick={() => move(c, -1)}>←</button>
                    <button type="button" aria-label={t('moveColumnDown', { name: name(c) })} disabled={at === chosen.length - 1} onClick={() => move(c, 1)}>→</button>
                  </span>
                )}
              </li>
            );
          })}
        </ol>
      </div>
    </details>
  );
}
