import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { BrowserRouter } from 'react-router';

import { I18nProvider } from '../i18n/I18nProvider';
import { AppRoutes } from './routes';

/** Providers, outermost first: language (everything speaks), data, then the router. */
export function App({ client }: { client: ApolloClient }) {
  return (
    <I18nProvider>
      <ApolloProvider client={client}>
        {/* Plain (non-transition) navigations: a navigation and a cache update made together (sign-out)
            render together, so no page ever sees the new session with the old location. */}
        <BrowserRouter useTransitions={false}>
          <AppRoutes />
        </BrowserRouter>
      </ApolloProvider>
    </I18nProvider>
  );
}
