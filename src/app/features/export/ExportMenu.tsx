// Export the filtered view (CSV, JSON, Markdown, key figures) and copy the link to it.
import { fullArticle } from '../../../shared/compact';
import type { ArticleMeta as Article, SourceFile } from '../../../shared/schema';
import { useRowStore } from '../../data/rows-query';
import { useShareableLink } from '../../data/app-config';
import { useTextIndex } from '../../data/TextIndexProvider';
import { figureRows } from '../../model/figures';
import { articlesCsv, corpusJson, exportFileName, figuresCsv, markdownBrief, provenanceOf, type Provenance } from '../../model/export';
import { useExplorer } from '../../state/store';
import { download } from '../../ui/download';
import { useT } from '../../ui/shell-context';
import { useMenu } from '../../ui/use-menu';

/** `numbers`: the results' article numbers in list order; their rows are gathered when an export is asked for. */
export function ExportMenu({ numbers, total, generatedAt, sources }: { numbers: Uint32Array; total: number; generatedAt: string; sources: SourceFile[] }) {
  const t = useT();
  const filters = useExplorer((s) => s.filters.set);
  const notify = useExplorer((s) => s.notify);
  const textIndex = useTextIndex();
  const store = useRowStore();
  const shareLink = useShareableLink();
  const [menuRef, closeMenu] = useMenu();
  // The JSON export carries the full texts, which live in the text workers: gather them
  // first, and say so if some could not be loaded rather than export them silently empty.
  const exportJson = async (results: Article[]) => {
    const texts = await Promise.all(results.map((a) => textIndex.text(a.id).catch(() => null)));
    const missing = texts.filter((x) => x === null).length;
    if (missing > 0) notify({ key: 'exportTextsMissing', vars: { n: missing } });
    const articles = results.flatMap((a, k) => (texts[k] ? [fullArticle(a, texts[k])] : []));
    download(exportFileName(filters, '', 'json'), corpusJson({ generatedAt, sources }, articles, { ...provenance(), count: articles.length }), 'application/json');
  };
  const provenance = (): Provenance => provenanceOf({ filters, count: numbers.length, total, generatedAt, link: shareLink(), now: new Date() });
  const items: { id: string; label: string; run: (results: Article[]) => void | Promise<void> }[] = [
    { id: 'csv', label: t('exportCsv'), run: (results) => download(exportFileName(filters, '', 'csv'), articlesCsv(results, provenance()), 'text/csv;charset=utf-8') },
    { id: 'json', label: t('exportJson'), run: exportJson },
    { id: 'md', label: t('exportMarkdown'), run: (results) => download(exportFileName(filters, 'brief', 'md'), markdownBrief(results, provenance()), 'text/markdown;charset=utf-8') },
    { id: 'figures', label: t('exportFigures'), run: (results) => download(exportFileName(filters, 'figures', 'csv'), figuresCsv(figureRows(results), provenance()), 'text/csv;charset=utf-8') },
  ];
  // The rows of every result, then the file: an export that cannot have them says why, and no file is half written.
  const run = (item: (typeof items)[number]) =>
    store.rows(numbers).then(item.run).catch((e: Error) => notify({ key: 'exportFailed', vars: { why: e.message } }));
  const copyLink = async () => {
    const link = shareLink();
    try {
      await navigator.clipboard.writeText(link);
      notify({ key: 'linkCopied' });
    } catch {
      notify({ key: 'linkCopyFailed', vars: { url: link } });
    }
  };
  return (
    <div className="toolbar-group">
      <details className="menu" ref={menuRef}>
        <summary>{t('export')}</summary>
        <div className="menu-body" role="menu">
          {items.map((i) => (
            <button
              key={i.id}
              type="button"
              role="menuitem"
              data-export={i.id}
              onClick={() => {
                void run(i);
                closeMenu();
              }}
            >
              {i.label}
            </button>
          ))}
        </div>
      </details>
      <button type="button" className="tool" onClick={() => void copyLink()}>
        {t('copyLink')}
      </button>
    </div>
  );
}
