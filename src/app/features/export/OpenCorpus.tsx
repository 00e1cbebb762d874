// Open a local corpus file (pick or drop): validated with the shared schema, it replaces
// the bundled corpus for this session, or the analyst is told exactly what is wrong.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { corpusQueryOptions } from '../../data/corpus-query';
import { corpusOfParsed } from '../../data/loaded-corpus';
import { parseCorpus } from '../../data/parse-corpus';
import { useExplorer } from '../../state/store';
import { useT } from '../../ui/shell-context';
import { JsonFilePicker } from '../../ui/JsonFilePicker';
import { CorpusLoadError } from '../../data/corpus-error';

export function OpenCorpus() {
  const t = useT();
  const client = useQueryClient();
  const notify = useExplorer((s) => s.notify);

  const open = async (file: File) => {
    let json: unknown;
    try {
      json = JSON.parse(await file.text());
    } catch {
      notify({ key: 'openNotJson', vars: { name: file.name } });
      return;
    }
    try {
      const loaded = corpusOfParsed(parseCorpus(json, file.name));
      client.setQueryData(corpusQueryOptions().queryKey, loaded);
      useExplorer.getState().setView({ article: null });
      notify({ key: 'opened', vars: { name: file.name, n: loaded.ids.length } });
    } catch (e) {
      notify(e instanceof CorpusLoadError && e.problem ? e.problem : { text: (e as Error).message });
    }
  };

  useEffect(() => {
    const over = (e: DragEvent) => {
      if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
    };
    const drop = (e: DragEvent) => {
      const file = e.dataTransfer?.files[0];
      if (!file) return;
      e.preventDefault();
      void open(file);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  });

  return (
    <JsonFilePicker label={t('openCorpus')} testId="open-corpus" className="tool" title={t('openHint')} onFile={(f) => void open(f)}>
      {t('openCorpus')}
    </JsonFilePicker>
  );
}
