import { useExplorer } from '../../state/store';
import { say } from '../../strings/translate';
import { useShell, useT } from '../../ui/shell-context';

export function Notices() {
  const notices = useExplorer((s) => s.notices);
  const dismiss = useExplorer((s) => s.dismiss);
  const t = useT();
  const { lang } = useShell();
  if (notices.length === 0) return null;
  return (
    <div className="notices">
      {notices.map((n) => (
        <div key={n.id} className="notice" role="note">
          <span>{say(lang, n)}</span>
          <button type="button" className="link" onClick={() => dismiss(n.id)}>
            {t('dismiss')}
          </button>
        </div>
      ))}
    </div>
  );
}
