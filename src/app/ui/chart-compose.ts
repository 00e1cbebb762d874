// What a chart card shows, gathered for export: every chart SVG in it at its place on
// screen (Compare draws two), the legend entries (recharts draws them as HTML), the notes
// (articles not drawn), headings of sides, and a heat table redrawn as SVG — so the image
// says everything the card says.
const NS = 'http://www.w3.org/2000/svg';

export interface CardContent {
  /** An SVG holding the card's charts at their on-screen offsets. */
  body: SVGSVGElement;
  width: number;
  height: number;
  legend: { colour: string; label: string }[];
  notes: string[];
}

/** A card with nothing drawn (no data for these filters) exports its message: the image says so. */
export function composeCard(container: HTMLElement, inline: (source: Element, clone: Element) => void): CardContent | undefined {
  const box = container.getBoundingClientRect();
  const charts = chartSvgs(container);
  const table = container.querySelector('table.heat');
  const body = document.createElementNS(NS, 'svg');
  if (charts.length === 0 && !(table instanceof HTMLTableElement)) {
    const message = (container.textContent ?? '').replace(/\s+/gu, ' ').trim();
    return message ? { body, width: Math.ceil(box.width), height: 8, legend: [], notes: [message.slice(0, 200)] } : undefined;
  }
  let bottom = 0;
  let right = 0;
  for (const svg of charts) {
    const r = svg.getBoundingClientRect();
    const clone = svg.cloneNode(true) as SVGSVGElement;
    inline(svg, clone);
    place(clone, r.left - box.left, r.top - box.top, r.width, r.height);
    body.append(clone);
    bottom = Math.max(bottom, r.bottom - box.top);
    right = Math.max(right, r.right - box.left);
  }
  // HTML drawn as HTML on screen (Compare's headings, counts and bars) travels as SVG too.
  for (const el of container.querySelectorAll('h4, h5, [data-export-text], .breakdown-label, .breakdown-n')) {
    const r = el.getBoundingClientRect();
    if (r.width === 0) continue;
    const size = parseFloat(getComputedStyle(el).fontSize) || 12;
    body.append(label(visibleText(el), r.left - box.left, r.bottom - box.top - size * 0.3, size, el.matches('h4, h5') ? '600' : '400'));
    bottom = Math.max(bottom, r.bottom - box.top);
  }
  for (const el of container.querySelectorAll('.breakdown-bar')) {
    const r = el.getBoundingClientRect();
    if (r.width === 0) continue;
    const rect = document.createElementNS(NS, 'rect');
    Object.entries({ x: r.left - box.left, y: r.top - box.top, width: r.width, height: r.height, fill: getComputedStyle(el).backgroundColor }).forEach(([k, v]) => rect.setAttribute(k, String(v)));
    body.append(rect);
  }
  if (table instanceof HTMLTableElement) {
    const drawn = tableToSvg(table, box);
    body.append(drawn.group);
    bottom = Math.max(bottom, drawn.bottom);
    right = Math.max(right, drawn.right);
  }
  return { body, width: Math.ceil(right), height: Math.ceil(bottom), legend: legendOf(container), notes: notesOf(container) };
}

/** The text as the screen shows it: a label cut with an ellipsis on screen is cut in the image too. */
function visibleText(el: Element): string {
  const text = (el.textContent ?? '').trim();
  if (!(el instanceof HTMLElement) || el.scrollWidth <= el.clientWidth + 1 || el.clientWidth === 0) return text;
  const chars = [...text];
  return `${chars.slice(0, Math.max(1, Math.floor((chars.length * el.clientWidth) / el.scrollWidth) - 1)).join('')}…`;
}

/** Chart SVGs: not the icons of a legend or a button, and not tiny. */
function chartSvgs(container: HTMLElement): SVGSVGElement[] {
  return ([...container.querySelectorAll('svg')] as SVGSVGElement[]).filter((svg) => {
    const r = svg.getBoundingClientRect();
    return r.width >= 60 && r.height >= 60 && !svg.closest('.recharts-legend-wrapper, button') && !svg.parentElement?.closest('svg');
  });
}

function legendOf(container: HTMLElement): { colour: string; label: string }[] {
  const seen = new Set<string>();
  const out: { colour: string; label: string }[] = [];
  for (const item of container.querySelectorAll('.recharts-legend-item')) {
    const text = item.querySelector('.recharts-legend-item-text')?.textContent ?? item.textContent ?? '';
    const icon = item.querySelector('svg path, svg rect');
    const colour = icon ? getComputedStyle(icon).fill || icon.getAttribute('fill') || '#999' : '#999';
    if (text && !seen.has(text)) {
      out.push({ colour, label: text });
      seen.add(text);
    }
  }
  return out;
}

/** Notes a reader of the image needs: articles not drawn, capped tables. */
function notesOf(container: HTMLElement): string[] {
  return [...container.querySelectorAll('[role="note"], .chart-note, .coarse-band')]
    // Pieces drawn as separate chips on screen are separate words in the note.
    .map((n) => [...n.childNodes].map((c) => (c.textContent ?? '').trim()).filter(Boolean).join(' ').replace(/\s+/gu, ' '))
    .filter((s, k, all) => s !== '' && all.indexOf(s) === k);
}

function tableToSvg(table: HTMLTableElement, box: DOMRect): { group: SVGGElement; bottom: number; right: number } {
  const group = document.createElementNS(NS, 'g');
  let bottom = 0;
  let right = 0;
  for (const cell of table.querySelectorAll('th, td')) {
    const r = cell.getBoundingClientRect();
    const x = r.left - box.left;
    const y = r.top - box.top;
    const style = getComputedStyle(cell);
    if (cell.tagName === 'TD') {
      const rect = document.createElementNS(NS, 'rect');
      Object.entries({ x, y, width: r.width, height: r.height, fill: style.backgroundColor, stroke: '#ffffff' }).forEach(([k, v]) => rect.setAttribute(k, String(v)));
      group.append(rect);
    }
    const text = (cell.textContent ?? '').trim();
    if (text) {
      const vertical = cell.closest('thead') !== null;
      const t = label(text, vertical ? x + r.width / 2 + 4 : cell.tagName === 'TD' ? x + r.width / 2 : x + r.width - 6, y + r.height - 8, 11, cell.tagName === 'TD' ? '600' : '400');
      t.setAttribute('text-anchor', vertical ? 'start' : cell.tagName === 'TD' ? 'middle' : 'end');
      t.setAttribute('fill', style.color);
      if (vertical) t.setAttribute('transform', `rotate(-90 ${x + r.width / 2 + 4} ${y + r.height - 8})`);
      group.append(t);
    }
    bottom = Math.max(bottom, r.bottom - box.top);
    right = Math.max(right, r.right - box.left);
  }
  return { group, bottom, right };
}

function place(el: SVGSVGElement, x: number, y: number, width: number, height: number): void {
  el.setAttribute('x', String(Math.round(x)));
  el.setAttribute('y', String(Math.round(y)));
  el.setAttribute('width', String(Math.round(width)));
  el.setAttribute('height', String(Math.round(height)));
}

function label(content: string, x: number, y: number, size: number, weight: string): SVGTextElement {
  const t = document.createElementNS(NS, 'text') as SVGTextElement;
  Object.entries({ x: String(Math.round(x)), y: String(Math.round(y)), 'font-size': String(size), 'font-weight': weight, fill: '#1c2430' }).forEach(([k, v]) => t.setAttribute(k, v));
  t.textContent = content;
  return t;
}
