import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';

import type { Locale } from '@red-chair/domain';

import { createCache } from './app/apollo';
import { I18nProvider } from './i18n/I18nProvider';

interface Options {
  path: string;
  url: string;
  mocks?: MockLink.MockedResponse[];
  locale?: Locale;
  /** Other routes to land on (e.g. after a redirect), as path → text shown. */
  elsewhere?: Record<string, string>;
  /** Rendered next to the routes, like the header: it stays while the route changes. */
  chrome?: ReactElement;
}

/** Renders one page the way the app does (i18n, Apollo with the app's cache policies, router). Tests only. */
export function renderPage(page: ReactElement, { path, url, mocks = [], locale = 'en', elsewhere = {}, chrome }: Options) {
  return render(
    <I18nProvider initialLocale={locale}>
      <MockedProvider mocks={mocks} cache={createCache()}>
        <MemoryRouter initialEntries={[url]}>
          {chrome}
          <Routes>
            <Route path={path} element={page} />
            {Object.entries(elsewhere).map(([other, text]) => (
              <Route key={other} path={other} element={<p>{text}</p>} />
            ))}
          </Routes>
        </MemoryRouter>
      </MockedProvider>
    </I18nProvider>,
  );
}
