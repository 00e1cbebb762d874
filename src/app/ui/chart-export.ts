// Turns a chart on screen into a standalone SVG or a 2× PNG with its title and the
// filter description drawn in, so an image pasted into a report still says what it shows.
import { composeCard } from './chart-compose';

const STYLE_PROPS = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-opacity', 'opacity', 'font-size', 'font-family', 'font-weight', 'text-anchor', 'dominant-baseline', 'visibility'];
const HEADER = 54;
const FOOTER = 44;

export interface ChartImage {
  svg: string;
  width: number;
  height: number;
}

/** The card's charts as one standalone SVG: title and filters above, the legend and notes below, then the provenance. */
export function cardToSvg(container: HTMLElement, title: string, caption: string[]): ChartImage {
  const card = composeCard(container, inlineStyles);
  if (!card) throw new Error('no chart to export');
  const { body, legend, notes } = card;
  const width = Math.max(card.width, 360);
  body.setAttribute('x', '0');
  body.setAttribute('y', String(HEADER));
  body.setAttribute('width', String(card.width));
  body.setAttribute('height', String(card.height));
  body.setAttribute('overflow', 'visible');
  const ns = 'http://www.w3.org/2000/svg';
  const font = 'Inter, "Segoe UI", "PingFang SC", "Noto Sans CJK SC", "Noto Sans SC", "Microsoft YaHei", sans-serif';
  const legendRows = layoutLegend(legend, width - 32);
  const below = legendRows.length * 18 + notes.length * 16 + (caption.length - 1) * 16;
  const height = HEADER + card.height + 12 + below + FOOTER / 2;
  const root = document.createElementNS(ns, 'svg');
  root.setAttribute('xmlns', ns);
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  root.setAttribute('font-family', font);
  const bg = document.createElementNS(ns, 'rect');
  Object.entries({ width: '100%', height: '100%', fill: '#ffffff' }).forEach(([k, v]) => bg.setAttribute(k, v));
  root.append(bg);
  root.append(text(ns, title, 16, 26, 18, '700', '#1c2430', font));
  root.append(text(ns, caption[0] ?? '', 16, 46, 12.5, '400', '#667085', font));
  root.append(body);
  let y = HEADER + card.height + 18;
  for (const row of legendRows) {
    for (const item of row) {
      const swatch = document.createElementNS(ns, 'rect');
      Object.entries({ x: item.x + 16, y: y - 9, width: 10, height: 10, fill: item.colour }).forEach(([k, v]) => swatch.setAttribute(k, String(v)));
      root.append(swatch, text(ns, item.label, item.x + 30, y, 11.5, '400', '#1c2430', font));
    }
    y += 18;
  }
  for (const line of notes) {
    root.append(text(ns, line, 16, y, 11, '400', '#8a4b00', font));
    y += 16;
  }
  for (const line of caption.slice(1)) {
    root.append(text(ns, line, 16, y + 4, 11, '400', '#667085', font));
    y += 16;
  }
  stripForbiddenCharacters(root);
  return { svg: new XMLSerializer().serializeToString(root), width, height };
}

/** Legend entries in rows that fit the width (about 7 px a character; CJK about 12). */
function layoutLegend(items: { colour: string; label: string }[], width: number): { colour: string; label: string; x: number }[][] {
  const rows: { colour: string; label: string; x: number }[][] = [];
  let row: { colour: string; label: string; x: number }[] = [];
  let x = 0;
  for (const item of items) {
    const w = 24 + [...item.label].reduce((n, c) => n + (c.charCodeAt(0) > 0x2e80 ? 12 : 7), 0);
    if (x + w > width && row.length) {
      rows.push(row);
      row = [];
      x = 0;
    }
    row.push({ ...item, x });
    x += w + 12;
  }
  if (row.length) rows.push(row);
  return rows;
}

/** Characters XML 1.0 forbids (C0 controls but tab/LF/CR, lone surrogates, U+FFFE/FFFF): one makes the whole SVG unreadable. */
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlSafe(s: string): string {
  return s.replace(XML_FORBIDDEN, '');
}

/** Cleans every text node and attribute of the exported tree (labels and titles carry corpus text). */
function stripForbiddenCharacters(node: Node): void {
  if (node.nodeType === Node.TEXT_NODE) {
    const v = node.nodeValue ?? '';
    if (xmlSafe(v) !== v) node.nodeValue = xmlSafe(v);
    return;
  }
  if (node instanceof Element) for (const a of [...node.attributes]) if (xmlSafe(a.value) !== a.value) node.setAttribute(a.name, xmlSafe(a.value));
  node.childNodes.forEach(stripForbiddenCharacters);
}

export async function svgToPng(image: ChartImage, scale = 2): Promise<Blob> {
  const img = new Image();
  const url = URL.createObjectURL(new Blob([image.svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error('the chart could not be drawn as an image'));
      img.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = image.width * scale;
    canvas.height = image.height * scale;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no canvas available');
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

function text(ns: string, content: string, x: number, y: number, size: number, weight: string, fill: string, font: string): SVGTextElement {
  const t = document.createElementNS(ns, 'text') as SVGTextElement;
  Object.entries({ x: String(x), y: String(y), 'font-size': String(size), 'font-weight': weight, fill, 'font-family': font }).forEach(([k, v]) => t.setAttribute(k, v));
  t.textContent = content;
  return t;
}

/** Copies computed presentation styles onto the clone, since the page's stylesheet does not travel with it. */
function inlineStyles(source: Element, clone: Element): void {
  const computed = getComputedStyle(source);
  const style = STYLE_PROPS.map((p) => `${p}:${computed.getPropertyValue(p)}`).filter((s) => !s.endsWith(':')).join(';');
  if (style) clone.setAttribute('style', style);
  const a = source.children;
  const b = clone.children;
  for (let i = 0; i < a.length && i < b.length; i++) inlineStyles(a[i]!, b[i]!);
}
