import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { createApolloClient } from './app/apollo';
import { App } from './app/App';
import { preloadPage } from './app/routes';
import { detectLocale } from './i18n/locale';
import { loadDictionary } from './i18n/translate';

import './ui/tokens.css';

// The page's chunk and the reader's words load side by side; the first render waits for the words only.
preloadPage(window.location.pathname);
const words = loadDictionary(detectLocale());
const client = createApolloClient({ locale: () => document.documentElement.lang || 'en' });

const render = () =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App client={client} />
    </StrictMode>,
  );
words.then(render, render);
