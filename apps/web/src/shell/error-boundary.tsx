import { Component, type ErrorInfo, type ReactNode } from 'react';

interface State {
  failed: boolean;
}

/**
 * A page that throws while rendering (an unexpected answer, an old publication lacking a field) shows a
 * message and a way on, instead of leaving a blank window. Reset on navigation by keying it with the path.
 * Both languages at once: the locale context may be what failed.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('page failed to render', error, info.componentStack);
  }

  render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="notice notice-error" role="alert">
        <p className="notice-title">このページを表示できませんでした。 / This page could not be shown.</p>
        <p>
          再読み込みするか、トップページからお進みください。 / Reload, or continue from the{' '}
          <a href="/">トップページ / home page</a>.
        </p>
        <button type="button" className="button button-secondary" onClick={() => window.location.reload()}>
          再読み込み / Reload
        </button>
      </div>
    );
  }
}
