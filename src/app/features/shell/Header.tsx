// The frame around every view: the skip link, the title and the language switch.
import { useEffect } from 'react';
import type { Lang } from '../../strings/lang';
import { useT } from '../../ui/shell-context';
import { ErrorBoundary } from '../../ui/ErrorBoundary';
import { LanguageToggle } from './LanguageToggle';
import { useAppConfig } from '../../data/app-config';

export function Header() {
  const t = useT();
  return (
    <>
      <a className="skip-link" href="#results">{t('skipToResults')}</a>
      <ErrorBoundary name="header">
        <header className="topbar">
          <div className="brand">
            <h1>{t('appTitle')}</h1>
            <span className="muted">{t('appSubtitle')}</span>
            <TeamBadge />
          </div>
          <LanguageToggle />
        </header>
      </ErrorBoundary>
    </>
  );
}

/** On a team server: says the corpus is the team's shared one (and its views are shared), so no one mistakes it for their own file. */
function TeamBadge() {
  const t = useT();
  const config = useAppConfig().data;
  if (config?.mode !== 'remote') return null;
  return <span className="team-badge" title={t('teamCorpusHint')}>{t('teamCorpus')}</span>;
}

/** The document's language follows the choice: screen readers, fonts and hyphenation read it. */
export function useDocumentLanguage(lang: Lang): void {
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  }, [lang]);
}
