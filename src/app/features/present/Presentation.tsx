// Presentation mode: saved views become slides — name, filters in words, count, the
// chosen chart drawn large, and the top key figures. Arrow keys, Space and
// PageUp/PageDown (what presentation clickers send) move; Esc leaves. Only the current
// slide and its neighbours are rendered (a thousand views once froze the tab for 26 s);
// printing renders every slide, one per page.
import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { useT, useNumber } from '../../ui/shell-context';

export interface Slide {
  name: string;
  description: string;
  count: number;
  /** What the count is out of, in the same words as the description (25 on-topic articles). */
  basis: string;
  chart: ReactNode;
  /** Articles the chart does not draw (dated only to the year, or undated), said on the slide. */
  undrawn: number;
  /** Each with the sentence it comes from, one click away. */
  figures: { indicator: string; display: string; evidence: string }[];
}

/** Slides this far from the current one are rendered, so moving shows a ready slide. */
const NEIGHBOURS = 1;

export function Presentation<S extends { id: string }>({ specs, renderSlide, onExit }: { specs: S[]; renderSlide: (spec: S) => ReactNode; onExit: () => void }) {
  const t = useT();
  const [index, setIndex] = useState(0);
  const [printing, setPrinting] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  // The latest onExit, read when needed: the full-screen effect must run once, not on every new callback.
  const exit = useRef(onExit);
  useLayoutEffect(() => {
    exit.current = onExit;
  });
  const count = specs.length;

  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    root.current?.focus();
    // Full screen where the browser allows it; the presentation works without it too. The
    // document goes full screen, not the deck: a full-screen element is pinned to one screen
    // by the browser's own styles, and printing it would give one page instead of every slide.
    document.documentElement.requestFullscreen?.().catch(() => undefined);
    const onFullscreenChange = () => {
      if (!document.fullscreenElement) exit.current();
    };
    const beforePrint = () => flushSync(() => setPrinting(true));
    const afterPrint = () => setPrinting(false);
    // Print media also switches on without beforeprint (print to PDF from a script, some print previews).
    const print = window.matchMedia?.('print');
    const onPrintMedia = (e: MediaQueryListEvent) => (e.matches ? beforePrint() : afterPrint());
    document.addEventListener('fullscreenchange', onFullscreenChange);
    window.addEventListener('beforeprint', beforePrint);
    window.addEventListener('afterprint', afterPrint);
    print?.addEventListener?.('change', onPrintMedia);
    return () => {
      document.removeEventListener('fullscreenchange', onFullscreenChange);
      window.removeEventListener('beforeprint', beforePrint);
      window.removeEventListener('afterprint', afterPrint);
      print?.removeEventListener?.('change', onPrintMedia);
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
      previous?.focus?.();
    };
  }, []);

  const go = (step: number) => setIndex((i) => Math.max(0, Math.min(count - 1, i + step)));
  const onKey = (e: React.KeyboardEvent) => {
    const next = ['ArrowRight', 'ArrowDown', ' ', 'PageDown', 'Enter'];
    const prev = ['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace'];
    // Enter and Space on an on-screen control press that control, not the deck.
    if ((e.key === 'Enter' || e.key === ' ') && e.target instanceof HTMLElement && e.target.closest('button, summary')) return;
    if (next.includes(e.key)) go(1);
    else if (prev.includes(e.key)) go(-1);
    else if (e.key === 'Home') setIndex(0);
    else if (e.key === 'End') setIndex(count - 1);
    else if (e.key === 'Escape') exit.current();
    else return;
    e.preventDefault();
  };

  const shown = specs.map((spec, i) => ({ spec, i })).filter(({ i }) => printing || Math.abs(i - index) <= NEIGHBOURS);
  return (
    <div className="presentation" ref={root} tabIndex={-1} onKeyDown={onKey} role="region" aria-roledescription={t('deckRole')} aria-label={t('present')}>
      {shown.map(({ spec, i }) => (
        <section key={spec.id} className={i === index ? 'slide current' : 'slide'} aria-hidden={i !== index} aria-roledescription={t('slideRole')} aria-label={t('slideOf', { i: i + 1, n: count })}>
          {renderSlide(spec)}
          <footer className="slide-number">{t('slideOf', { i: i + 1, n: count })}</footer>
        </section>
      ))}
      <nav className="slide-controls" aria-label={t('slideControls')}>
        <button type="button" onClick={() => go(-1)} disabled={index === 0} aria-label={t('previousSlide')}>‹</button>
        <button type="button" onClick={() => go(1)} disabled={index >= count - 1} aria-label={t('nextSlide')}>›</button>
        <button type="button" onClick={() => exit.current()} aria-label={t('exitPresentation')}>✕</button>
      </nav>
    </div>
  );
}

/** One slide's content: the name, the filters in words, the chart, the count and its key figures. */
export function SlideFrame({ slide }: { slide: Slide }) {
  const num = useNumber();
  const t = useT();
  return (
    <>
      <header>
        <h2>{slide.name}</h2>
        <p className="slide-description">{slide.description}</p>
      </header>
      <div className="slide-body">
        <div className="slide-chart">{slide.chart}</div>
        <aside className="slide-side">
          <p className="slide-count"><strong>{num(slide.count)}</strong> {t('slideCountOf', { basis: slide.basis })}</p>
          {slide.undrawn > 0 && <p className="slide-note">{t('slideUndrawn', { n: slide.undrawn })}</p>}
          <ul className="slide-figures">
            {slide.figures.map((f, k) => (
              <li key={k}>
                <details>
                  <summary><span>{f.indicator}</span><strong>{f.display}</strong></summary>
                  <q className="slide-evidence">{f.evidence}</q>
                </details>
              </li>
            ))}
          </ul>
        </aside>
      </div>
    </>
  );
}
