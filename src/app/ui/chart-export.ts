// Turns a chart on screen into a standalone SVG or a 2× PNG with its title and the
// filter description drawn in, so an image pasted into a report still says what it shows.
const STYLE_PROPS = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-opacity', 'opacity', 'font-size', 'font-family', 'font-weight', 'text-anchor', 'dominant-baseline', 'visibility'];
const HEADER = 54;
const FOOTER = 44;

export interface ChartImage {
  svg: string;
  width: number;
  height: number;
}

export function chartToSvg(source: SVGSVGElement, title: string, caption: string[]): ChartImage {
  const box = source.getBoundingClientRect();
  const width = Math.round(box.width || Number(source.getAttribute('width')) || 600);
  const bodyHeight = Math.round(box.height || Number(source.getAttribute('height')) || 300);
  const clone = source.cloneNode(true) as SVGSVGElement;
  inlineStyles(source, clone);
  clone.setAttribute('x', '0');
  clone.setAttribute('y', String(HEADER));
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(bodyHeight));
  const ns = 'http://www.w3.org/2000/svg';
  const height = HEADER + bodyHeight + FOOTER;
  const root = document.createElementNS(ns, 'svg');
  root.setAttribute('xmlns', ns);
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const font = 'Inter, "Segoe UI", "PingFang SC", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif';
  const bg = document.createElementNS(ns, 'rect');
  Object.entries({ width: '100%', height: '100%', fill: '#ffffff' }).forEach(([k, v]) => bg.setAttribute(k, v));
  root.append(bg);
  root.append(text(ns, title, 16, 26, 18, '700', '#1c2430', font));
  root.append(text(ns, caption[0] ?? '', 16, 46, 12.5, '400', '#667085', font));
  root.append(clone);
  caption.slice(1).forEach((line, i) => root.append(text(ns, line, 16, HEADER + bodyHeight + 18 + i * 16, 11, '400', '#667085', font)));
  stripForbiddenCharacters(root);
  return { svg: new XMLSerializer().serializeToString(root), width, height };
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
