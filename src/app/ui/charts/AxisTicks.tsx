// Axis intervals given as numbers, and plain tick labels. With "preserveEnd" (recharts' default) or
// "preserveStartEnd", recharts measures every tick label in the page to decide which fit:
// a forced layout per label on each redraw, 0.6 s of a facet click on the Charts tab at
// 100k. A value axis has a handful of nice ticks that always fit; a category axis shows
// every n-th label, n chosen from how many there are.
import { useState } from 'react';

/** A value axis: every tick drawn (recharts picks about five nice values). */
export const EVERY_TICK = 0;

/**
 * A category axis's interval from the width it has (wire `onResize` to the chart's
 * ResponsiveContainer): as many labels as fit, a digit or Latin letter taken as 0.6 em, with
 * 8 px between labels and 60 px of the width taken by the value axis.
 */
export function useLabelInterval(labels: readonly string[], fontSize: number): { interval: number; onResize: (width: number) => void } {
  const [width, setWidth] = useState(0);
  const longest = labels.reduce((m, l) => Math.max(m, l.length), 1);
  const fit = Math.max(2, Math.floor((width - 60) / (longest * fontSize * 0.6 + 8)));
  return { interval: categoryInterval(labels.length, width > 0 ? fit : 12), onResize: setWidth };
}

/** A category axis of `count` labels: every n-th, so that at most `most` are drawn. */
export function categoryInterval(count: number, most = 12): number {
  return Math.max(0, Math.ceil(count / most) - 1);
}

/** What recharts passes a custom tick. */
interface TickProps {
  x?: number | string;
  y?: number | string;
  textAnchor?: 'start' | 'middle' | 'end' | 'inherit';
  verticalAnchor?: 'start' | 'middle' | 'end';
  fill?: string;
  className?: string;
  index?: number;
  payload?: { value: unknown };
  tickFormatter?: (value: unknown, index: number) => string;
}

const DY = { start: '0.71em', middle: '0.355em', end: '0' } as const;

/**
 * A tick label as one plain <text>, for labels that never wrap (numbers, periods): recharts'
 * own measures every word of every label in the page to wrap it within the axis, a forced
 * layout each on every redraw. Category axes with names that may wrap keep recharts' own.
 */
export function plainTick(fontSize: number) {
  return function PlainTick(p: TickProps) {
    const value = p.payload?.value;
    const text = p.tickFormatter ? p.tickFormatter(value, p.index ?? 0) : String(value ?? '');
    return <text x={p.x} y={p.y} dy={DY[p.verticalAnchor ?? 'end']} textAnchor={p.textAnchor} fill={p.fill ?? '#666'} fontSize={fontSize} className={p.className}>{text}</text>;
  };
}

/** A character's width in em, estimated: CJK and full-width ones 1, the rest (Latin, digits) 0.62. */
const emOf = (ch: string) => (/[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/.test(ch) ? 1 : 0.62);

/**
 * A label's words in lines no wider than `width` px, by estimated character widths
 * (generous for Latin letters, so a line never runs past the axis); a word wider than
 * the line stands alone on its own.
 */
export function wrapLabel(label: string, width: number, fontSize: number): string[] {
  const size = (text: string) => [...text].reduce((n, ch) => n + emOf(ch), 0) * fontSize;
  const lines: string[] = [];
  for (const word of label.split(/\s+/).filter(Boolean)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && size(`${last} ${word}`) <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/**
 * A category label wrapped within the axis's width, as recharts' own does, from estimated
 * widths instead of measuring each word in the page (for names: 北京 Beijing, 内蒙古 Inner Mongolia).
 */
export function wrappedTick(fontSize: number, width: number) {
  return function WrappedTick(p: TickProps) {
    const lines = wrapLabel(String(p.payload?.value ?? ''), width, fontSize);
    const first = `${0.355 - ((lines.length - 1) * 1.1) / 2}em`;
    return (
      <text x={p.x} y={p.y} textAnchor={p.textAnchor} fill={p.fill ?? '#666'} fontSize={fontSize} className={p.className}>
        {lines.map((line, i) => <tspan key={i} x={p.x} dy={i === 0 ? first : '1.1em'}>{line}</tspan>)}
      </text>
    );
  };
}
