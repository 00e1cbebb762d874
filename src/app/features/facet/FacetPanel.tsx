import type { View } from '../../model/view';
import { useT } from '../../ui/shell-context';
import { CheckboxFacet } from './CheckboxFacet';
import { DateRangeFacet } from './DateRangeFacet';
import { OnTopicSwitch } from './OnTopicSwitch';
import { RegionFacet } from './RegionFacet';

export function FacetPanel({ view, offTopicHidden }: { view: View; offTopicHidden: number }) {
  const t = useT();
  return (
    <nav className="facets" aria-label={t('filters')}>
      <OnTopicSwitch hidden={offTopicHidden} />
      <RegionFacet provinces={view.facets.region} cities={view.facets.city} groups={view.groups} />
      <CheckboxFacet facet="industry" title={t('industry')} buckets={view.facets.industry} />
      <CheckboxFacet facet="topic" title={t('topic')} buckets={view.facets.topic} />
      <DateRangeFacet coarse={view.coarse} matches={view.numbers.length} />
      <CheckboxFacet facet="outlet" title={t('outlet')} buckets={view.facets.outlet} />
      <CheckboxFacet facet="kind" title={t('kind')} buckets={view.facets.kind} />
      {view.facets.document.length > 0 && <CheckboxFacet facet="document" title={t('document')} buckets={view.facets.document} />}
    </nav>
  );
}
