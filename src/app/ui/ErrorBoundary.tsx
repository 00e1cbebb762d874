// Keeps one broken view from blanking the page: it says what failed and the rest works on.
import { Component, type ContextType, type ReactNode } from 'react';
import { translate } from '../strings/translate';
import { ShellContext } from './shell-context';

export class ErrorBoundary extends Component<{ name: string; children: ReactNode }, { error: Error | null }> {
  static override contextType = ShellContext;
  declare context: ContextType<typeof ShellContext>;
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override render() {
    if (this.state.error) {
      const lang = this.context.lang;
      return (
        <div className="load-error" role="alert">
          <p>{translate(lang, 'viewFailed', { name: this.props.name, why: this.state.error.message })}</p>
          <button type="button" onClick={() => this.setState({ error: null })}>
            {translate(lang, 'retry')}
          </button>
        </div>
      );
    }
    return this.props.children;
  }
}
