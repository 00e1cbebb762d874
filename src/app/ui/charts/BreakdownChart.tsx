import { Bar, BarChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ArticleMeta as Article } from '../../../shared/schema';
import { countBy } from '../../model/aggregate';
import type { Lang } from '../../strings/lang';
import { labelText, valueLabel } from '../../model/labels';
import { EVERY_TICK, plainTick, wrappedTick } from './AxisTicks';
const TICK_18 = plainTick(18);
const NAME_TICK = wrappedTick(18, 290);

/** Articles per industry or topic as horizontal bars, sized for a slide. */
export function BreakdownChart({ articles, facet, lang, height = 460 }: { articles: readonly Pick<Article, 'industries' | 'topics'>[]; facet: 'industry' | 'topic'; lang: Lang; height?: number }) {
  const data = countBy(articles, (a) => (facet === 'industry' ? a.industries : a.topics)).slice(0, 10).map((c) => ({ ...c, name: labelText(valueLabel(facet, c.key), lang) }));
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart data={data} layout="vertical" margin={{ left: 40, right: 30 }}>
        <XAxis type="number" allowDecimals={false} tick={TICK_18} interval={EVERY_TICK} />
        <YAxis type="category" dataKey="name" width={300} tick={NAME_TICK} interval={0} />
        <Tooltip />
        <Bar dataKey="count" fill="#1f5fa8" isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}
