import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import '@/styles/global-styles.css';

import { App } from '@/app/app';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
