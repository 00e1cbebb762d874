// A choropleth of provinces: colour by article count, hover for name and count,
// click to toggle the province in the region filter.
import { geoMercator, geoPath } from 'd3-geo';
import { useMemo, useState } from 'react';
import { provinceLabel } from '../../../shared/taxonomy/regions';
import type { Lang } from '../../model/lang';
import { labelText } from '../../model/labels';
import { chinaProvinces } from './china-geo';

const WIDTH = 640;
const HEIGHT = 500;

export function ChinaMap({ counts, selected, lang, onToggle, title }: {
  counts: Map<string, number>;
  selected: string[];
  lang: Lang;
  onToggle: (province: string) => void;
  title: string;
}) {
  const [hover, setHover] = useState<string | null>(null);
  const shapes = useMemo(() => {
    const geo = chinaProvinces();
    const projection = geoMercator().fitExtent([[8, 8], [WIDTH - 8, HEIGHT - 8]], geo);
    const path = geoPath(projection);
    return geo.features.map((f) => ({ name: f.properties.name, d: path(f) ?? '' }));
  }, []);
  const max = Math.max(1, ...counts.values());
  return (
    <figure className="map">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="group" aria-label={title} className="china-map">
        {shapes.map((s) => {
          const n = counts.get(s.name) ?? 0;
          const label = `${labelText(provinceLabel(s.name), lang)}: ${n}`;
          return (
            <path
              key={s.name}
              d={s.d}
              className={`province${n > 0 ? ' filled' : ''}${selected.includes(s.name) ? ' selected' : ''}`}
              data-province={s.name}
              style={{ fill: n > 0 ? shade(n / max) : undefined }}
              tabIndex={n > 0 ? 0 : -1}
              role="button"
              aria-label={label}
              aria-pressed={selected.includes(s.name)}
              onMouseEnter={() => setHover(s.name)}
              onMouseLeave={() => setHover(null)}
              onClick={() => onToggle(s.name)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' || e.key === ' ') {
                  e.preventDefault();
                  onToggle(s.name);
                }
              }}
            >
              <title>{label}</title>
            </path>
          );
        })}
      </svg>
      <figcaption className="map-hover" aria-live="polite">
        {hover ? `${labelText(provinceLabel(hover), lang)} — ${counts.get(hover) ?? 0}` : '\u00a0'}
      </figcaption>
    </figure>
  );
}

/** Light to deep red; a perceptual ramp would need a dependency this does not warrant. */
function shade(t: number): string {
  const from = [252, 228, 226];
  const to = [165, 20, 30];
  const mix = from.map((c, i) => Math.round(c + (to[i]! - c) * Math.sqrt(t)));
  return `rgb(${mix.join(',')})`;
}
