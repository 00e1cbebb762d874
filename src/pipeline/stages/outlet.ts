// The outlet is the original publisher. A 来源 line after the story names it; a
// wire dateline names the agency; a page's time/source line often names only the
// site that reposted it, so it ranks last.
import { parseDateline } from '../dateline';
import type { CleanItem } from './clean';

export function resolveOutlet(item: CleanItem): string | null {
  if (item.sourceOutlet) return tidy(item.sourceOutlet);
  const first = item.paragraphs[0]?.text;
  const agency = first ? parseDateline(first)?.agency : null;
  if (agency) return tidy(agency);
  if (item.meta?.outlet) return tidy(item.meta.outlet);
  return null;
}

function tidy(name: string): string {
  return name.replace(/^[《“"]|[》”"]$/g, '').trim();
}
