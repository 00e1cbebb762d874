// A choropleth of provinces: colour by article count, hover for name and count,
// click to toggle the province in the region filter.
import { geoMercator, geoPath } from 'd3-geo';
import { useId, useState } from 'react';
import { provinceLabel } from '../../../shared/taxonomy/regions';
import type { Lang } from '../../strings/lang';
import { labelText } from '../../model/labels';
import { useT, useNumber } from '../shell-context';
import { chinaProvinces } from './china-geo';
import { nanhaiInset } from './nanhai-inset';

const WIDTH = 640;
const HEIGHT = 500;

let shapesDrawn: { shapes: { name: string; d: string }[]; inset: string[]; label: [number, number] } | null = null;

/**
 * The provinces' outlines, projected once per page (about 40 ms): not in a useMemo, which
 * an interrupted first render (the Charts tab mounts in a render React may restart)
 * would compute again each time.
 */
function mapShapes(): NonNullable<typeof shapesDrawn> {
  if (shapesDrawn) return shapesDrawn;
  const geo = chinaProvinces();
  const projection = geoMercator().fitExtent([[8, 8], [WIDTH - 8, HEIGHT - 48]], geo);
  const path = geoPath(projection);
  // Drawn point by point: the inset is a picture in the sea, not a region on the sphere.
  const ring = (points: [number, number][]) => `M${points.map((p) => projection(p)!.map((v) => v.toFixed(1)).join(',')).join('L')}Z`;
  const box = projection([126 + 32 / 10.5, 25 - (86 * 0.75) / 10.5])!;
  return (shapesDrawn = { shapes: geo.features.map((f) => ({ name: f.properties.name, d: path(f) ?? '' })), inset: nanhaiInset().map(ring), label: box });
}

export function ChinaMap({ counts, selected, lang, onToggle, title }: {
  counts: Map<string, number>;
  selected: string[];
  lang: Lang;
  onToggle: (province: string) => void;
  title: string;
}) {
  const num = useNumber();
  const t = useT();
  const gradient = useId();
  const [hover, setHover] = useState<string | null>(null);
  const { shapes, inset, label: insetLabel } = mapShapes();
  const max = Math.max(1, ...counts.values());
  return (
    <figure className="map">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="group" aria-label={title} className="china-map">
        {shapes.map((s) => {
          const n = counts.get(s.name) ?? 0;
          const label = `${labelText(provinceLabel(s.name), lang)}: ${num(n)}`;
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
        <g className="nanhai" aria-label={t('nanhai')}>
          {inset.map((d, k) => <path key={k} d={d} />)}
          <text x={insetLabel[0]} y={insetLabel[1]} fontSize={10} textAnchor="middle" fill="#475569">南海诸岛</text>
        </g>
        <MapLegend gradient={gradient} max={max} />
      </svg>
      <figcaption className="map-hover" aria-live="polite">
        {hover ? `${labelText(provinceLabel(hover), lang)} — ${counts.get(hover) ?? 0}` : '\u00a0'}
      </figcaption>
    </figure>
  );
}

/** The colour scale, inside the SVG so an exported map carries it: none, then 1 … max articles. */
function MapLegend({ gradient, max }: { gradient: string; max: number }) {
  const t = useT();
  const num = useNumber();
  const x = 16;
  const y = HEIGHT - 30;
  return (
    <g className="map-legend" aria-label={t('mapLegend', { max })}>
      <defs>
        <linearGradient id={gradient}>
          {[0, 0.25, 0.5, 0.75, 1].map((s) => <stop key={s} offset={s} stopColor={shade(s)} />)}
        </linearGradient>
      </defs>
      <rect x={x} y={y} width={14} height={12} fill="#eef0f4" stroke="#c5cbd4" />
      <text x={x + 20} y={y + 10} fontSize={12} fill="#475569">0</text>
      <rect x={x + 40} y={y} width={140} height={12} fill={`url(#${gradient})`} />
      <text x={x + 40} y={y + 26} fontSize={12} fill="#475569">1</text>
      <text x={x + 180} y={y + 26} fontSize={12} fill="#475569" textAnchor="end">{num(max)}</text>
      <text x={x + 190} y={y + 10} fontSize={12} fill="#475569">{t('mapLegendUnit')}</text>
    </g>
  );
}

/** Light to deep red; a perceptual ramp would need a dependency this does not warrant. */
function shade(t: number): string {
  const from = [252, 228, 226];
  const to = [165, 20, 30];
  const mix = from.map((c, i) => Math.round(c + (to[i]! - c) * Math.sqrt(t)));
  return `rgb(${mix.join(',')})`;
}
