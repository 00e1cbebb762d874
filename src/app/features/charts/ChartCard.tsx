import { useRef, useState, type ReactNode } from 'react';
import { exportBaseName } from '../../model/export';
import { useExplorer } from '../../state/store';
import { ChartExportButtons } from '../../ui/ChartExportButtons';
import { useT } from '../../ui/shell-context';

/** A chart with a title that says what it shows and for which filter, and a table alternative. */
/** `images: false` for a card that is a table, not a chart: it exports as CSV (Export menu), not as a picture. */
export function ChartCard({ id, title, subtitle, table, children, wide, images = true }: { id: string; title: string; subtitle: string; table: ReactNode; children: ReactNode; wide?: boolean; images?: boolean }) {
  const t = useT();
  const body = useRef<HTMLDivElement>(null);
  const set = useExplorer((s) => s.filters.set);
  // The table is built only once asked for: a closed <details> still holds its content in the
  // page, and at 10k articles the figure tracker's table alone was 74,000 elements.
  const [tableOpen, setTableOpen] = useState(false);
  return (
    <section className={wide ? 'chart-card wide' : 'chart-card'} aria-labelledby={`${id}-title`} data-chart={id}>
      <header className="chart-head">
        <div>
          <h3 id={`${id}-title`}>{title}</h3>
          <p className="chart-subtitle">{subtitle}</p>
        </div>
        {images && <ChartExportButtons target={body} title={title} subtitle={subtitle} fileBase={exportBaseName(set, id)} />}
      </header>
      <div ref={body}>{children}</div>
      <details className="table-alt" onToggle={(e) => setTableOpen(e.currentTarget.open)}>
        <summary>{t('asTable')}</summary>
        {tableOpen && table}
      </details>
    </section>
  );
}
