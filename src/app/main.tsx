// First: the opening page's code downloads while the modules below are evaluated.
import './routes/preloadOpeningPage.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './i18n/index.ts';
import './styles.css';
import { createQueryClient } from './api/queryClient.ts';
import { App } from './App.tsx';
import { startRoute } from './routes/startRoute.ts';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const queryClient = createQueryClient();
startRoute(queryClient, window.location.pathname);
createRoot(root).render(
  <StrictMode>
    <App queryClient={queryClient} />
  </StrictMode>,
);
