// The ways into presentation mode: the toolbar button and the P key. Apart from the deck,
// so the explorer's first load does not carry the slides and their charts.
import { useExplorer } from '../../state/store';
import { useT } from '../../ui/shell-context';
import { useShortcut } from '../../ui/use-shortcut';

/** P starts the presentation from anywhere but a text field. */
export function usePresentShortcut(): void {
  const setPresenting = useExplorer((s) => s.setPresenting);
  useShortcut((e) => {
    if (e.key === 'p' && !e.ctrlKey && !e.metaKey && !e.altKey) setPresenting(true);
  });
}

export function PresentButton() {
  const t = useT();
  const setPresenting = useExplorer((s) => s.setPresenting);
  return (
    <button type="button" className="tool present-button" onClick={() => setPresenting(true)} title={t('presentHint')}>
      ▶ {t('present')}
    </button>
  );
}
