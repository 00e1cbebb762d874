// Presentation mode: saved views become slides — name, filters in words, count, the
// chosen chart drawn large, and the top key figures. Arrow keys, Space and
// PageUp/PageDown (what presentation clickers send) move; Esc leaves. Only the current
// slide and its neighbours are rendered (a thousand views once froze the tab for 26 s);
// printing renders every slide, one per page.
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { useT } from '../../ui/i18n';

export interface Slide {
  name: string;
  description: string;
  count: number;
  total: number;
  chart: ReactNode;
  /** Each with the sentence it comes from, one click away. */
  figures: { indicator: string; display: string; evidence: string }[];
}

export interface SlideSpec {
  id: string;
}

/** Slides this far from the current one are rendered, so moving shows a ready slide. */
const NEIGHBOURS = 1;

export function Presentation<S extends SlideSpec>({ specs, renderSlide, onExit }: { specs: S[]; renderSlide: (spec: S) => ReactNode; onExit: () => void }) {
  const t = useT();
  const [index, setIndex] = useState(0);
  const [printing, setPrinting] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  // The latest onExit, read when needed: the full-screen effect must run once, not on every new callback.
  const exit = useRef(onExit);
  exit.current = onExit;
  const count = specs.length;

  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    root.current?.focus();
    // Full screen where the browser allows it; the presentation works without it too.
    root.current?.requestFullscreen?.().catch(() => undefined);
    const onFullscreenChange = () => {
      if (!document.fullscreenElement) exit.current();
    };
    const beforePrint = () => flushSync(() => setPrinting(true));
    const afterPrint = () => setPrinting(false);
    document.addEventListener('fullscreenchange', onFullscreenChange);
    window.addEventListener('beforeprint', beforePrint);
    window.addEventListener('afterprint', afterPrint);
    return () => {
      document.removeEventListener('fullscreenchange', onFullscreenChange);
      window.removeEventListener('beforeprint', beforePrint);
      window.removeEventListener('afterprint', afterPrint);
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
      previous?.focus?.();
    };
  }, []);

  const onKey = (e: React.KeyboardEvent) => {
    const next = ['ArrowRight', 'ArrowDown', ' ', 'PageDown', 'Enter'];
    const prev = ['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace'];
    if (next.includes(e.key)) setIndex((i) => Math.min(count - 1, i + 1));
    else if (prev.includes(e.key)) setIndex((i) => Math.max(0, i - 1));
    else if (e.key === 'Home') setIndex(0);
    else if (e.key === 'End') setIndex(count - 1);
    else if (e.key === 'Escape') exit.current();
    else return;
    e.preventDefault();
  };

  const shown = specs.map((spec, i) => ({ spec, i })).filter(({ i }) => printing || Math.abs(i - index) <= NEIGHBOURS);
  return (
    <div className="presentation" ref={root} tabIndex={-1} onKeyDown={onKey} role="region" aria-roledescription="slide deck" aria-label={t('present')}>
      {shown.map(({ spec, i }) => (
        <section key={spec.id} className={i === index ? 'slide current' : 'slide'} aria-hidden={i !== index} aria-roledescription="slide" aria-label={t('slideOf', { i: i + 1, n: count })}>
          {renderSlide(spec)}
          <footer className="slide-number">{t('slideOf', { i: i + 1, n: count })}</footer>
        </section>
      ))}
    </div>
  );
}

/** One slide's content: the name, the filters in words, the chart, the count and its key figures. */
export function SlideFrame({ slide }: { slide: Slide }) {
  return (
    <>
      <header>
        <h2>{slide.name}</h2>
        <p className="slide-description">{slide.description}</p>
      </header>
      <div className="slide-body">
        <div className="slide-chart">{slide.chart}</div>
        <aside className="slide-side">
          <p className="slide-count"><strong>{slide.count}</strong> / {slide.total}</p>
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
