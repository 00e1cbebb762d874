// The reader's sections under the text: each place with its role, the key figures with
// their kind and baseline, and the cited documents.
import type { ArticleMeta, PlaceRole } from '../../../shared/schema';
import { formatFigure } from '../../model/aggregate';
import { labelText, valueLabel } from '../../model/labels';
import type { Lang } from '../../model/lang';
import { useT, type StringKey } from '../../ui/i18n';

const roleKey = (role: PlaceRole) => `placeRole_${role}` as StringKey;

export function ArticlePlaces({ article, lang }: { article: ArticleMeta; lang: Lang }) {
  const t = useT();
  if (article.places.length === 0) return null;
  return (
    <section className="reader-section">
      <h3>{t('placesTitle')}</h3>
      <ul className="place-roles">
        {article.places.map((p) => (
          <li key={`${p.province}|${p.city ?? ''}`} data-role={p.role}>
            <span className="mini-chip region">{labelText(valueLabel(p.city && p.city !== p.province ? 'city' : 'region', p.city ?? p.province), lang)}</span>{' '}
            <strong>{t(roleKey(p.role))}</strong> <q className="muted">{p.evidence}</q>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function ArticleFigures({ article }: { article: ArticleMeta }) {
  const t = useT();
  if (article.figures.length === 0) return null;
  return (
    <section className="reader-section">
      <h3>{t('figures')}</h3>
      <table className="figures-table">
        <tbody>
          {article.figures.map((f, i) => (
            <tr key={i} title={f.evidence}>
              <td>{f.indicator ?? <span className="muted">{t('noIndicator')}</span>}</td>
              <td>{t(`kind_${f.kind}` as StringKey)}</td>
              <td className="num">
                {f.text}
                {f.baseline ? <span className="muted"> ({t('fromBaseline', { v: formatFigure(f.baseline.value, f.unit, f.baseline.qualifier) })})</span> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export function ArticleDocuments({ article }: { article: ArticleMeta }) {
  const t = useT();
  if (article.documents.length === 0) return null;
  return (
    <section className="reader-section">
      <h3>{t('documents')}</h3>
      <ul>{article.documents.map((d) => <li key={d.title}>《{d.title}》{d.period ? ` (${d.period})` : ''}</li>)}</ul>
    </section>
  );
}
