// The frame around every view: the skip link, the title and the language switch.
import { useEffect } from 'react';
import type { Lang } from '../../strings/lang';
import { useT } from '../../ui/shell-context';
import { ErrorBoundary } from '../../ui/ErrorBoundary';
import { LanguageToggle } from './LanguageToggle';

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
          </div>
          <LanguageToggle />
        </header>
      </ErrorBoundary>
    </>
  );
}

/** The document's language follows the choice: screen readers, fonts and hyphenation read it. */
export function useDocumentLanguage(lang: Lang): void {
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  }, [lang]);
}
