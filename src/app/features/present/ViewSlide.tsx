// A saved view (or the current one) as a slide: its own search and view, computed only
// while the slide is rendered, its chart drawn as large as the screen allows.
import { useCallback } from 'react';
import type { ArticleMeta } from '../../../shared/schema';
import { useEngine } from '../../data/engine-context';
import { useRows } from '../../data/rows-query';
import { useView } from '../../data/use-view';
import { countBy } from '../../model/aggregate';
import { describeFilters } from '../../model/describe';
import { valuesOf } from '../../model/facets';
import { figureRows } from '../../model/figures';
import type { ResultSet } from '../../model/filters';
import { buildTimeline, type Granularity, type StackBy } from '../../model/timeline';
import type { SlideChart } from '../../state/saved-views';
import { BreakdownChart } from '../../ui/charts/BreakdownChart';
import { ChinaMap } from '../../ui/charts/ChinaMap';
import { Timeline } from '../../ui/charts/Timeline';
import { RowsPending } from '../../ui/RowsPending';
import { useShell, useT } from '../../ui/shell-context';
import { slideRoom, useViewportHeight } from '../../ui/use-viewport-height';
import { SlideFrame } from './Presentation';

export interface SlideSpec {
  id: string;
  name: string;
  set: ResultSet;
  chart: SlideChart;
  timeline: { unit: Granularity; stack: StackBy };
}

const noop = () => undefined;

export function ViewSlide({ spec }: { spec: SlideSpec }) {
  const { view } = useView(spec.set);
  // A slide draws every result: it waits for their rows rather than draw a partial chart.
  const answer = useRows(view.numbers);
  if (answer.error || !answer.rows) return <RowsPending error={answer.error} />;
  return <SlideOf spec={spec} results={answer.rows} total={view.total} />;
}

function SlideOf({ spec, results, total }: { spec: SlideSpec; results: ArticleMeta[]; total: number }) {
  const t = useT();
  const { lang } = useShell();
  const engine = useEngine();
  const room = slideRoom(useViewportHeight());
  const timelineOf = useCallback((unit: Granularity, stack: StackBy) => buildTimeline(results, unit, stack), [results]);
  const onTopic = spec.set.onTopicOnly;
  const basis = t(onTopic ? 'basisOnTopic' : 'basisAll', { n: onTopic ? engine.onTopicCount : total });
  const undrawn = spec.chart === 'timeline' ? results.filter((a) => a.datePrecision === 'year' || a.date === null).length : 0;
  const chart =
    spec.chart === 'map' ? (
      <ChinaMap counts={new Map(countBy(results, (a) => valuesOf(a, 'region', spec.set.places)).map((c) => [c.key, c.count]))} selected={spec.set.region} lang={lang} onToggle={noop} title={spec.name} />
    ) : spec.chart === 'timeline' ? (
      <Timeline timelineOf={timelineOf} lang={lang} from={null} to={null} subtitle="" onRange={noop} height={room.chart} unit={spec.timeline.unit} stack={spec.timeline.stack} fileBase="slide" />
    ) : (
      <BreakdownChart articles={results} facet={spec.chart === 'industries' ? 'industry' : 'topic'} lang={lang} height={room.chart} />
    );
  return <SlideFrame slide={{ name: spec.name, description: describeFilters(spec.set, lang), count: results.length, basis, chart, undrawn, figures: slideFigures(results, room.figures) }} />;
}

/** Reported figures (no targets), one per measure, the measures most articles report first, as many as there is room for. */
export function slideFigures(results: ArticleMeta[], room: number) {
  const seen = new Set<string>();
  const rows = figureRows(results);
  const reach = new Map<string, Set<string>>();
  for (const r of rows) if (r.indicatorKey) reach.set(r.indicatorKey, (reach.get(r.indicatorKey) ?? new Set()).add(r.articleId));
  const widest = (key: string | null) => (key ? reach.get(key)?.size ?? 0 : 0);
  return [...rows]
    .sort((a, b) => widest(b.indicatorKey) - widest(a.indicatorKey))
    .flatMap((r) => {
      const key = r.indicatorKey ?? r.indicator;
      return r.indicator !== null && key !== null && r.kind !== 'target' && !seen.has(key) && seen.add(key) ? [{ ...r, indicator: r.indicator }] : [];
    })
    .slice(0, room);
}
