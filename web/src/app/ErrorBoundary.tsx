import { Component, type ErrorInfo, type ReactNode } from 'react';

import { I18nContext } from '../i18n/context';
import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';

interface State {
  error: Error | null;
}

/**
 * Last line of defence for a render error or a route chunk that failed to load (e.g. after a deploy):
 * a message and a reload, instead of a blank page. Keyed by path in the layout, so leaving resets it.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  static override contextType = I18nContext;
  declare context: React.ContextType<typeof I18nContext>;
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('Red Chair: a page failed to render', error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    const { t } = this.context;
    return (
      <Alert tone="error" live="alert" title={t('errors.crash.title')}>
        <p>{t('errors.crash.body')}</p>
        <div>
          <Button variant="secondary" size="small" onClick={() => window.location.reload()}>
            {t('errors.crash.reload')}
          </Button>
        </div>
      </Alert>
    );
  }
}
