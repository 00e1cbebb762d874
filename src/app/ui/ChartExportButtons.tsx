import type { RefObject } from 'react';
import { chartToSvg, svgToPng } from './chart-export';
import { download } from './download';
import { useExplorer } from '../state/store';

/** SVG and 2× PNG downloads of the largest chart inside a container. */
export function ChartExportButtons({ target, title, subtitle, fileBase }: { target: RefObject<HTMLElement | null>; title: string; subtitle: string; fileBase: string }) {
  const corpusDate = useExplorer((s) => s.corpusDate);
  const notify = useExplorer((s) => s.notify);
  const image = () => {
    const svgs = [...(target.current?.querySelectorAll('svg') ?? [])] as SVGSVGElement[];
    const svg = svgs.sort((a, b) => area(b) - area(a))[0];
    if (!svg) throw new Error('no chart to export');
    return chartToSvg(svg, title, [subtitle, `Corpus of ${corpusDate} · ${window.location.href}`]);
  };
  const run = (f: () => Promise<void> | void) => async () => {
    try {
      await f();
    } catch (e) {
      notify(`Export failed: ${(e as Error).message}`);
    }
  };
  return (
    <span className="export-buttons">
      <button type="button" onClick={run(() => download(`${fileBase}.svg`, image().svg, 'image/svg+xml'))} aria-label={`${title}: SVG`}>SVG</button>
      <button type="button" onClick={run(async () => download(`${fileBase}.png`, await svgToPng(image(), 2)))} aria-label={`${title}: PNG`}>PNG</button>
    </span>
  );
}

function area(el: Element): number {
  const r = el.getBoundingClientRect();
  return r.width * r.height;
}
