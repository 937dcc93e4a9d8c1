/** What the app knows about the local emulator right now. */
export type EmulatorReachability = 'checking' | 'answering' | 'silent';

/**
 * Whether moto answers its own API behind `endpoint` (such as
 * http://127.0.0.1:5173/emulator). A proxy whose emulator has stopped
 * answers with an error status, which counts as silent.
 */
export async function probeEmulator(
  endpoint: string,
  fetchFn: typeof fetch = fetch,
): Promise<boolean> {
  try {
    const response = await fetchFn(`${endpoint}/moto-api/data.json`, {
      cache: 'no-store',
      signal: AbortSignal.timeout(5000),
    });
    return response.ok;
  } catch {
    return false;
  }
}
