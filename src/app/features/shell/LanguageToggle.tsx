import { useExplorer } from '../../state/store';
import { useT } from '../../ui/shell-context';

export function LanguageToggle() {
  const lang = useExplorer((s) => s.lang);
  const setLang = useExplorer((s) => s.setLang);
  const t = useT();
  return (
    // The visible word is the accessible name (中文 / English), in its own language; the hint is a tooltip.
    <button type="button" className="lang-toggle" lang={lang === 'en' ? 'zh-CN' : 'en'} title={t('languageLabel')} onClick={() => setLang(lang === 'en' ? 'zh' : 'en')}>
      {t('language')}
    </button>
  );
}
