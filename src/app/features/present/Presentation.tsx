// Presentation mode: saved views become slides — name, filters in words, count, the
// chosen chart drawn large, and the top key figures. Arrow keys, Space and
// PageUp/PageDown (what presentation clickers send) move; Esc leaves.
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useT } from '../../ui/i18n';

export interface Slide {
  id: string;
  name: string;
  description: string;
  count: number;
  total: number;
  chart: ReactNode;
  figures: { indicator: string; display: string }[];
}

export function Presentation({ slides, onExit }: { slides: Slide[]; onExit: () => void }) {
  const t = useT();
  const [index, setIndex] = useState(0);
  const root = useRef<HTMLDivElement>(null);
  const count = slides.length;

  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    root.current?.focus();
    // Full screen where the browser allows it; the presentation works without it too.
    root.current?.requestFullscreen?.().catch(() => undefined);
    const onFullscreenExit = () => {
      if (!document.fullscreenElement) onExit();
    };
    document.addEventListener('fullscreenchange', onFullscreenExit);
    return () => {
      document.removeEventListener('fullscreenchange', onFullscreenExit);
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
      previous?.focus?.();
    };
  }, [onExit]);

  const onKey = (e: React.KeyboardEvent) => {
    const next = ['ArrowRight', 'ArrowDown', ' ', 'PageDown', 'Enter'];
    const prev = ['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace'];
    if (next.includes(e.key)) setIndex((i) => Math.min(count - 1, i + 1));
    else if (prev.includes(e.key)) setIndex((i) => Math.max(0, i - 1));
    else if (e.key === 'Home') setIndex(0);
    else if (e.key === 'End') setIndex(count - 1);
    else if (e.key === 'Escape') onExit();
    else return;
    e.preventDefault();
  };

  return (
    <div className="presentation" ref={root} tabIndex={-1} onKeyDown={onKey} role="region" aria-roledescription="slide deck" aria-label={t('present')}>
      {slides.map((s, i) => (
        <section key={s.id} className={i === index ? 'slide current' : 'slide'} aria-hidden={i !== index} aria-roledescription="slide" aria-label={t('slideOf', { i: i + 1, n: count })}>
          <header>
            <h2>{s.name}</h2>
            <p className="slide-description">{s.description}</p>
          </header>
          <div className="slide-body">
            <div className="slide-chart">{s.chart}</div>
            <aside className="slide-side">
              <p className="slide-count"><strong>{s.count}</strong> / {s.total}</p>
              <ul className="slide-figures">
                {s.figures.map((f, k) => <li key={k}><span>{f.indicator}</span><strong>{f.display}</strong></li>)}
              </ul>
            </aside>
          </div>
          <footer className="slide-number">{t('slideOf', { i: i + 1, n: count })}</footer>
        </section>
      ))}
    </div>
  );
}

