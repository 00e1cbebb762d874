// Renders text with some ranges marked. Text is always rendered as text, never as HTML.
import type { Range } from '../../shared/search/query';

export interface Mark {
  range: Range;
  className: string;
  title?: string;
}

export function Highlighted({ text, marks }: { text: string; marks: Mark[] }) {
  const sorted = [...marks].sort((a, b) => a.range[0] - b.range[0]);
  const parts: React.ReactNode[] = [];
  let at = 0;
  sorted.forEach((m, i) => {
    const [s, e] = m.range;
    if (s < at) return;
    if (s > at) parts.push(text.slice(at, s));
    parts.push(
      <mark key={i} className={m.className} title={m.title}>
        {text.slice(s, e)}
      </mark>,
    );
    at = e;
  });
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
