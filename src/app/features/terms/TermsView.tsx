// The Terms tab: text analysis of the filtered articles, as Voyant Tools offers it —
// contexts (a concordance), trends of terms over time, and distinctive terms — all
// computed in the text workers, so the page stays responsive on a large corpus.
import { TERMS_PANELS, type TermsPanel } from '../../model/filters';
import type { View } from '../../model/view';
import { useExplorer } from '../../state/store';
import type { StringKey } from '../../strings/catalog';
import { useT } from '../../ui/shell-context';
import { Concordance } from './Concordance';
import { DistinctiveTerms } from './DistinctiveTerms';
import { TermTrends } from './TermTrends';

const PANEL_LABEL: Record<TermsPanel, StringKey> = { contexts: 'termsContexts', trends: 'termsTrends', distinctive: 'termsDistinctive' };

export function TermsView({ view, generatedAt }: { view: View; generatedAt: string }) {
  const t = useT();
  const panel = useExplorer((s) => s.filters.view.terms);
  const setView = useExplorer((s) => s.setView);
  return (
    <section className="terms-view" aria-label={t('tabTerms')}>
      <div className="segmented terms-panels" role="tablist" aria-label={t('tabTerms')}>
        {TERMS_PANELS.map((p) => (
          <button key={p} type="button" role="tab" aria-selected={panel === p} onClick={() => setView({ terms: p })}>{t(PANEL_LABEL[p])}</button>
        ))}
      </div>
      {panel === 'contexts' ? <Concordance view={view} generatedAt={generatedAt} /> : panel === 'trends' ? <TermTrends view={view} /> : <DistinctiveTerms view={view} />}
    </section>
  );
}
