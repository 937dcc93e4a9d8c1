import { freshEmulator, launchEmulator } from './emulator';
import { startFaultProxy } from './fault-proxy';

/**
 * Starts the local AWS emulator once for the whole end-to-end run, and the
 * fault proxy in front of it; the returned function closes the proxy.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  await launchEmulator();
  await freshEmulator();
  const proxy = await startFaultProxy();
  return () => new Promise((resolve) => proxy.close(() => resolve()));
}
