// The window's inner height, kept current on resize: slides size their chart and choose
// how many key figures they show from it, so a slide fits at 1280×720 as at 1920×1080.
import { useEffect, useState } from 'react';

export function useViewportHeight(): number {
  const [height, setHeight] = useState(() => (typeof window === 'undefined' ? 900 : window.innerHeight));
  useEffect(() => {
    const onResize = () => setHeight(window.innerHeight);
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return height;
}

/** What a slide has room for at a window height: the chart's height and how many key figures. */
export function slideRoom(height: number): { chart: number; figures: number } {
  return { chart: Math.max(220, Math.round(height * 0.7) - 60), figures: Math.max(1, Math.min(5, Math.floor((height - 430) / 62))) };
}
