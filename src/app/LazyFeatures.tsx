// The views loaded when first shown, not with the page: the charts (recharts, d3 and the
// province map are most of the app's code), the Terms tab and the presentation deck. The
// explorer's first filters need none of them. A view whose code cannot be fetched fails
// inside its error boundary, by name; the rest of the page keeps working.
import { lazy, Suspense, type ComponentProps, type ComponentType } from 'react';
import { useT } from './ui/shell-context';
import { Skeleton } from './ui/Skeleton';

function onDemand<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  // React keeps a failed import's rejection for good: a failure makes a fresh lazy
  // component, so the error boundary's Retry fetches the code again.
  const make = () =>
    lazy(async () => {
      try {
        return { default: await load() };
      } catch (e) {
        Lazy = make();
        throw e;
      }
    });
  let Lazy = make();
  return function OnDemand(props: P) {
    const t = useT();
    return (
      <Suspense fallback={<Skeleton label={t('loadingView')} />}>
        <Lazy {...(props as ComponentProps<typeof Lazy>)} />
      </Suspense>
    );
  };
}

export const ChartsView = onDemand(() => import('./features/charts/ChartsView').then((m) => m.ChartsView));
export const TermsView = onDemand(() => import('./features/terms/TermsView').then((m) => m.TermsView));
export const Deck = onDemand(() => import('./features/present/Deck').then((m) => m.Deck));
