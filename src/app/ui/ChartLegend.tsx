// The legend under a chart: a colour swatch and the series name, in the UI language.
// Recharts' own legend labels each icon "<name> legend icon" in English; here the swatch
// is decorative and the name is the text. The classes are recharts' so exports find it.
import type { LegendPayload } from 'recharts';

export function ChartLegend({ payload }: { payload?: readonly LegendPayload[] }) {
  return (
    <ul className="recharts-default-legend chart-legend">
      {(payload ?? []).map((entry) => (
        <li key={String(entry.value)} className="recharts-legend-item">
          <svg width={10} height={10} aria-hidden="true" className="recharts-surface">
            <rect width={10} height={10} fill={entry.color} />
          </svg>
          <span className="recharts-legend-item-text" style={{ color: entry.color }}>{entry.value}</span>
        </li>
      ))}
    </ul>
  );
}
