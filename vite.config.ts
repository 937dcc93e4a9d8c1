import { readFile } from 'node:fs/promises';
import { fileURLToPath, URL } from 'node:url';

import react from '@vitejs/plugin-react';
import { defineConfig, type Connect, type Plugin } from 'vite';

// The local AWS emulator (moto), reached through the app's own origin so that
// the browser makes no cross-origin calls (moto's CORS answers are unreliable).
const emulatorPort = Number(process.env.EMULATOR_PORT ?? 5000);
const emulatorProxy = {
  '/emulator': {
    target: `http://127.0.0.1:${emulatorPort}`,
    changeOrigin: true,
    rewrite: (path: string) => path.replace(/^\/emulator/, '') || '/',
  },
};

/**
 * Serves /config.json from the file `npm start` (or the test setup) writes
 * when it starts the emulator; without that file, public/config.json is
 * served as usual. Read on every request, so a restarted emulator's new
 * identity pool reaches the next page load.
 */
function runtimeConfig(): Plugin {
  const file = process.env.JOBDEF_RUNTIME_CONFIG ?? '.emulator/config.json';
  const serve: Connect.NextHandleFunction = (request, response, next) => {
    if (request.url?.split('?')[0] !== '/config.json') return next();
    readFile(file, 'utf8').then(
      (text) => {
        response.setHeader('content-type', 'application/json');
        response.setHeader('cache-control', 'no-store');
        response.end(text);
      },
      () => next(),
    );
  };
  return {
    name: 'jobdef-runtime-config',
    configureServer: (server) => void server.middlewares.use(serve),
    configurePreviewServer: (server) => void server.middlewares.use(serve),
  };
}

/**
 * The dev server only: React Fast Refresh needs an inline preamble script,
 * and Vite's error overlay writes innerHTML, so the page policy of
 * index.html is relaxed here. The built app (preview, static hosting) keeps
 * it strict, as tests/safety.spec.ts checks.
 */
function devContentSecurityPolicy(): Plugin {
  return {
    name: 'jobdef-dev-csp',
    apply: 'serve',
    transformIndexHtml: (html) =>
      html
        .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
        .replace("; require-trusted-types-for 'script'", ''),
  };
}

export default defineConfig({
  plugins: [react(), runtimeConfig(), devContentSecurityPolicy()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: {
    host: '127.0.0.1',
    port: Number(process.env.PORT ?? 5173),
    strictPort: true,
    proxy: emulatorProxy,
  },
  preview: {
    host: '127.0.0.1',
    port: Number(process.env.PORT ?? 4173),
    strictPort: true,
    proxy: emulatorProxy,
  },
});
