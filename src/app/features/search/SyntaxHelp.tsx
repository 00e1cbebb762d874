// The query syntax at a glance, with an example of each form, in the UI's language.
import type { StringKey } from '../../strings/catalog';
import { useT } from '../../ui/shell-context';
import { useMenu } from '../../ui/use-menu';

const EXAMPLES: [example: string, meaning: StringKey][] = [
  ['小巨人 专精特新', 'syntaxAnd'],
  ['芯片 OR 半导体 · 芯片 | 半导体', 'syntaxOr'],
  ['-专精特新 · NOT 专精特新', 'syntaxNot'],
  ['(芯片 OR 半导体) 上海', 'syntaxGroup'],
  ['"专精特新 小巨人" · “小巨人”', 'syntaxPhrase'],
  ['title:芯片 · outlet:新华社 · doc:促进法', 'syntaxFields'],
  ['专精特新小巨人 = 专精特新“小巨人”', 'syntaxMarks'],
  ['Hubei · chips · low-altitude economy', 'syntaxNames'],
];

export function SyntaxHelp() {
  const t = useT();
  const [menuRef] = useMenu();
  return (
    <details className="menu syntax-help" ref={menuRef}>
      <summary aria-label={t('syntaxHelp')} title={t('syntaxHelp')}>?</summary>
      <div className="menu-body wide-menu">
        <h4>{t('syntaxHelp')}</h4>
        <table>
          <tbody>
            {EXAMPLES.map(([example, meaning]) => (
              <tr key={meaning}>
                <td><code>{example}</code></td>
                <td>{t(meaning)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
