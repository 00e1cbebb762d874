// The reader's sections under the text: each place with its role, the key figures with
// their kind and baseline, and the cited documents.
import type { ReactNode } from 'react';
import type { ArticleMeta, PlaceRole } from '../../../shared/schema';
import { formatFigure } from '../../model/aggregate';
import { labelText, valueLabel } from '../../model/labels';
import type { Lang } from '../../strings/lang';
import { useT } from '../../ui/shell-context';
import type { StringKey } from '../../strings/catalog';

const roleKey = (role: PlaceRole) => `placeRole_${role}` as StringKey;

/** A titled section under the text, shown only when it has something to list. */
function ReaderSection({ title, shown, children }: { title: string; shown: boolean; children: ReactNode }) {
  if (!shown) return null;
  return (
    <section className="reader-section">
      <h3>{title}</h3>
      {children}
    </section>
  );
}

export function ArticlePlaces({ article, lang }: { article: ArticleMeta; lang: Lang }) {
  const t = useT();
  return (
    <ReaderSection title={t('placesTitle')} shown={article.places.length > 0}>
      <ul className="place-roles">
        {article.places.map((p) => (
          <li key={`${p.province}|${p.city ?? ''}`} data-role={p.role}>
            <span className="mini-chip region">{labelText(valueLabel(p.city && p.city !== p.province ? 'city' : 'region', p.city ?? p.province), lang)}</span>{' '}
            <strong>{t(roleKey(p.role))}</strong> <q className="muted">{p.evidence}</q>
          </li>
        ))}
      </ul>
    </ReaderSection>
  );
}

export function ArticleFigures({ article }: { article: ArticleMeta }) {
  const t = useT();
  return (
    <ReaderSection title={t('figures')} shown={article.figures.length > 0}>
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
    </ReaderSection>
  );
}

export function ArticleDocuments({ article }: { article: ArticleMeta }) {
  const t = useT();
  return (
    <ReaderSection title={t('documents')} shown={article.documents.length > 0}>
      <ul>{article.documents.map((d) => <li key={d.title}>《{d.title}》{d.period ? ` (${d.period})` : ''}</li>)}</ul>
    </ReaderSection>
  );
}
