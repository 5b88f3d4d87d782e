import './zod-jitless';
import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initI18n } from './i18n';
import { usePreferences } from './stores/preferences';
import { Bootstrap } from './shell/Bootstrap';

initI18n(usePreferences.getState().language);

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
createRoot(container).render(
  <StrictMode>
    <Bootstrap />
  </StrictMode>,
);
