/**
 * Runs `load` on the first call and gives every later caller its result. A
 * failure (a chunk the network did not deliver) is not kept: the next call
 * loads again.
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;

  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
}
