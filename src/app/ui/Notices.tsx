import { useExplorer } from '../state/store';
import { useT } from './i18n';

export function Notices() {
  const notices = useExplorer((s) => s.notices);
  const dismiss = useExplorer((s) => s.dismiss);
  const t = useT();
  if (notices.length === 0) return null;
  return (
    <div className="notices">
      {notices.map((n) => (
        <div key={n.id} className="notice" role="note">
          <span>{'text' in n ? n.text : t(n.key, n.vars)}</span>
          <button type="button" className="link" onClick={() => dismiss(n.id)}>
            {t('dismiss')}
          </button>
        </div>
      ))}
    </div>
  );
}
