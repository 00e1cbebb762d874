// The timeline's stacked bars drawn as one SVG path per band inside a recharts chart, on
// the chart's own axes. Recharts draws a React component and an element per bar and per
// band (96 months × 17 bands = 1,632 at 100k, each with its props checked and its state
// registered): a facet click on the Charts tab held the page for seconds. One path per
// band draws the same rectangles at the same places.
import { useXAxisScale, useYAxisScale } from 'recharts';

export interface Band {
  /** The field of each period's row holding this band's count (s0, s1…). */
  field: string;
  colour: string;
}

/** Recharts' default gap between bars: 10 % of the category's width on each side. */
const GAP = 0.1;

/** Each band's rectangles as one path, stacked in the bands' order from the axis up. */
export function bandPaths(rows: readonly Record<string, unknown>[], bands: readonly Band[], x: (key: unknown, at: 'start' | 'end') => number | undefined, y: (v: number) => number | undefined): string[] {
  const paths = bands.map(() => [] as string[]);
  for (const row of rows) {
    const start = x(row.key, 'start');
    const end = x(row.key, 'end');
    if (start === undefined || end === undefined) continue;
    const left = start + (end - start) * GAP;
    const width = (end - start) * (1 - 2 * GAP);
    let below = 0;
    bands.forEach((band, i) => {
      const n = Number(row[band.field] ?? 0);
      if (!(n > 0)) return;
      const bottom = y(below);
      const top = y((below += n));
      if (bottom === undefined || top === undefined) return;
      paths[i]!.push(`M${round(left)},${round(top)}h${round(width)}V${round(bottom)}h${round(-width)}Z`);
    });
  }
  return paths.map((p) => p.join(''));
}

const round = (v: number) => Math.round(v * 10) / 10;

/** Rendered inside the chart (it reads the chart's scales). */
export function StackedBands({ rows, bands }: { rows: readonly Record<string, unknown>[]; bands: readonly Band[] }) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  if (!xScale || !yScale) return null;
  const paths = bandPaths(rows, bands, (key, at) => xScale(key, { position: at }), (v) => yScale(v));
  return (
    <g className="timeline-bands">
      {bands.map((band, i) => paths[i] && <path key={band.field} d={paths[i]} fill={band.colour} className="timeline-band" data-field={band.field} />)}
    </g>
  );
}
