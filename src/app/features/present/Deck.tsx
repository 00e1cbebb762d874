// Presentation mode as the app enters it: the saved views as slides (or, with none saved,
// the current view), P to start, and the button that starts it.
import { useCallback, useMemo } from 'react';
import { setOfView, useSavedViews } from '../../state/saved-views';
import { useExplorer } from '../../state/store';
import { ErrorBoundary } from '../../ui/ErrorBoundary';
import { useT } from '../../ui/shell-context';
import { Presentation } from './Presentation';
import { ViewSlide, type SlideSpec } from './ViewSlide';

const DEFAULT_TIMELINE = { unit: 'month', stack: 'industry' } as const;

export function Deck() {
  const t = useT();
  const savedViews = useSavedViews((s) => s.views);
  const set = useExplorer((s) => s.filters.set);
  const { unit, stack } = useExplorer((s) => s.filters.view);
  const setPresenting = useExplorer((s) => s.setPresenting);
  const specs = useMemo<SlideSpec[]>(
    () =>
      savedViews.length
        ? savedViews.map((v) => ({ id: v.id, name: v.name, set: setOfView(v), chart: v.chart, timeline: DEFAULT_TIMELINE }))
        : [{ id: 'current', name: t('currentView'), set, chart: 'timeline', timeline: { unit, stack } }],
    [savedViews, set, unit, stack, t],
  );
  const exit = useCallback(() => setPresenting(false), [setPresenting]);
  const renderSlide = useCallback((spec: SlideSpec) => <ViewSlide spec={spec} />, []);
  return (
    <ErrorBoundary name="presentation">
      <Presentation specs={specs} renderSlide={renderSlide} onExit={exit} />
    </ErrorBoundary>
  );
}
