import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { applyOverrides, defaultSettings } from '@/aws/settings/aws-settings';
import { loadRuntimeConfig } from '@/aws/settings/load-runtime-config';
import { readStoredOverrides } from '@/aws/settings/settings-storage';

import { App } from '../app';
import { browserStorage } from '../browser-storage';
import { applyConnectPolicy } from './apply-connect-policy';
import { connectSources } from './connect-sources';
import { installDefaultTrustedTypesPolicy } from './default-trusted-types-policy';

/**
 * Reads the runtime config and the saved settings, narrows the page's
 * connect-src to the endpoints they name, and only then renders the app,
 * so no AWS call can happen under the wide base policy.
 */
export async function startApp(root: HTMLElement): Promise<void> {
  installDefaultTrustedTypesPolicy(window, window.location.origin);
  const runtime = await loadRuntimeConfig();
  const settings = applyOverrides(
    defaultSettings(runtime.config),
    readStoredOverrides(browserStorage()),
  );
  const sources = connectSources(settings, window.location.origin);
  applyConnectPolicy(document, sources);

  createRoot(root).render(
    <StrictMode>
      <App startup={{ runtime, connectSources: sources }} />
    </StrictMode>,
  );
}
