import type { RefObject } from 'react';
import { cardToSvg, svgToPng } from './chart-export';
import { download } from './download';
import { embedFonts } from './embed-fonts';
import { useShell, useT } from './shell-context';

/** SVG and 2× PNG downloads of everything a chart card shows: its charts, legend and notes. */
export function ChartExportButtons({ target, title, subtitle, fileBase }: { target: RefObject<HTMLElement | null>; title: string; subtitle: string; fileBase: string }) {
  const { corpusDate, notify } = useShell();
  const t = useT();
  const image = () => {
    if (!target.current) throw new Error('no chart to export');
    return cardToSvg(target.current, title, [subtitle, t('exportProvenance', { date: corpusDate, link: window.location.href })]);
  };
  const run = (f: () => Promise<void> | void) => async () => {
    try {
      await f();
    } catch (e) {
      notify({ key: 'exportFailed', vars: { why: (e as Error).message } });
    }
  };
  return (
    <span className="export-buttons">
      <button type="button" onClick={run(async () => download(`${fileBase}.svg`, await embedFonts(image().svg), 'image/svg+xml'))} aria-label={`${title}: SVG`}>SVG</button>
      <button type="button" onClick={run(async () => { const im = image(); download(`${fileBase}.png`, await svgToPng({ ...im, svg: await embedFonts(im.svg) }, 2)); })} aria-label={`${title}: PNG`}>PNG</button>
    </span>
  );
}
