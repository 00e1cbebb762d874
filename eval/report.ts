// Tables and page details for npm run eval.
import type { PageReport, Summary } from './score';

const pct = (x: number | null): string => (x === null ? '–' : x.toFixed(3));

const COLUMNS = ['items', 'seg P', 'seg R', 'seg F1', 'merged', 'chrome leaked', 'joins', 'date acc', 'province F1', 'named ind. F1', 'industry F1', 'on-topic'];

function row(name: string, s: Summary, items: number): string[] {
  return [
    name, String(items), pct(s.segmentation.precision), pct(s.segmentation.recall), pct(s.segmentation.f1), String(s.segmentation.merged),
    `${s.chromeLeaks.leaked} / ${s.chromeLeaks.of}`, `${s.joins.repaired} / ${s.joins.of}`, `${pct(s.dates.accuracy)} (${s.dates.right}/${s.dates.of})`,
    pct(s.provinceF1), pct(s.namedIndustryF1), pct(s.industryF1), `${s.onTopic.right} / ${s.onTopic.of}`,
  ];
}

const md = (cells: string[]): string => `| ${cells.join(' | ')} |`;

export function summaryTable(results: { name: string; overall: Summary; pages: { file: string; summary: Summary }[]; reports: PageReport[] }[]): string {
  const out: string[] = [];
  out.push('Overall', '', md(['set', ...COLUMNS]), md(['---', ...COLUMNS.map(() => '---:')]));
  for (const r of results) out.push(md(row(r.name, r.overall, r.reports.reduce((n, p) => n + p.scores.gold, 0))));
  for (const r of results) {
    out.push('', `Pages: ${r.name}`, '', md(['page', ...COLUMNS]), md(['---', ...COLUMNS.map(() => '---:')]));
    r.pages.forEach((p, i) => out.push(md(row(p.file, p.summary, r.reports[i]!.scores.gold))));
  }
  return out.join('\n');
}

/** One page's items side by side with the annotation: missed, merged and extra items, wrong dates with their evidence. */
export function pageDetail(p: PageReport): string {
  const lines = [`## ${p.file}`];
  for (const it of p.items) {
    const g = it.gold;
    const head = `- gold «${g.title ?? '(no title)'}» ${g.startsWith.slice(0, 14)}… …${g.endsWith.slice(-14)}`;
    if (!it.article) {
      lines.push(`${head}\n    ${it.owners.length === 0 ? 'MISSED: no article holds both ends' : `SPLIT/DUPLICATED: owned by ${it.owners.join(', ')}`}`);
      continue;
    }
    const a = it.article;
    lines.push(`${head}\n    → ${a.id} «${a.title ?? '(no title)'}»`);
    lines.push(`    date ${it.dateRight ? 'ok' : 'WRONG'}: gold ${g.date} | ours ${a.date} (${a.dateEvidence.slice(0, 160)})`);
    lines.push(`    provinces gold ${JSON.stringify(g.provinces)} | ours ${JSON.stringify(it.provinces)}; industries gold ${JSON.stringify(g.industries)} | ours ${JSON.stringify(it.industries)}; onTopic gold ${g.onTopic} | ours ${a.onTopic}`);
  }
  for (const a of p.mergedArticles) lines.push(`- MERGED: ${a.id} «${a.title ?? ''}» owns several gold items`);
  for (const a of p.extra) lines.push(`- EXTRA: ${a.id} «${a.title ?? ''}» ${a.body.slice(0, 80).replace(/\n/g, ' ⏎ ')}`);
  for (const n of p.leaked) lines.push(`- CHROME LEAKED: ${n}`);
  for (const j of p.missedJoins) lines.push(`- JOIN MISSED: ${j}`);
  return lines.join('\n');
}
