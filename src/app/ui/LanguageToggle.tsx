import { useExplorer } from '../state/store';
import { useT } from './i18n';

export function LanguageToggle() {
  const lang = useExplorer((s) => s.lang);
  const setLang = useExplorer((s) => s.setLang);
  const t = useT();
  return (
    <button type="button" className="lang-toggle" aria-label={t('languageLabel')} onClick={() => setLang(lang === 'en' ? 'zh' : 'en')}>
      {t('language')}
    </button>
  );
}
