import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { createApolloClient } from './app/apollo';
import { App } from './app/App';
import { preloadPage } from './app/routes';

import './ui/tokens.css';

preloadPage(window.location.pathname);
const client = createApolloClient({ locale: () => document.documentElement.lang || 'en' });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App client={client} />
  </StrictMode>,
);
