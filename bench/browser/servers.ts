import { build, preview, type PreviewServer } from 'vite';

/** Ports of the benchmark's own servers (free of the test and dev defaults). */
export const APP_PORT = Number(process.env.BENCH_PORT ?? 4186);
export const REFERENCE_PORT = Number(process.env.BENCH_REFERENCE_PORT ?? 5176);

export const REFERENCE_CONFIG = 'bench/reference/vite.config.ts';

export interface Served {
  readonly url: string;
  close(): Promise<void>;
}

async function serve(
  configFile: string | undefined,
  port: number,
): Promise<Served> {
  const server: PreviewServer = await preview({
    configFile,
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port, strictPort: true },
  });
  return { url: `http://127.0.0.1:${port}`, close: () => server.close() };
}

/** The production build of the app (`vite build` into dist/), then `vite preview`. */
export async function serveApp(): Promise<Served> {
  await build({ logLevel: 'error' });
  return serve(undefined, APP_PORT);
}

/** The bench-only react-jsonschema-form page, built into bench/dist-reference. */
export async function serveReference(): Promise<Served> {
  await build({ configFile: REFERENCE_CONFIG, logLevel: 'error' });
  return serve(REFERENCE_CONFIG, REFERENCE_PORT);
}
