import type { AwsCredentials, CredentialsProvider } from './aws-credentials';

/** Renew at most this long before expiry, so no call carries stale keys. */
export const REFRESH_MARGIN_MS = 5 * 60_000;

/** Credentials shared by every caller, which can be told to fetch anew. */
export interface MemoizedCredentials extends CredentialsProvider {
  /** Forgets the shared credentials: the next caller fetches new ones. */
  invalidate(): void;
  /**
   * The AWS SDK reads this flag: without it, a client wraps the provider in
   * a cache of its own that keeps credentials until five minutes before
   * their stated expiry, out of reach of `invalidate`.
   */
  readonly memoized: true;
}

/**
 * Shares one set of credentials between every caller and fetches new ones
 * shortly before they expire, after a failure, or after `invalidate` (AWS
 * said they expired). Concurrent callers wait on the same request. The
 * margin is a quarter of the lifetime when that is shorter (the local
 * emulator hands out 90-second credentials).
 */
export function memoizeCredentials(
  provider: CredentialsProvider,
  now: () => number = Date.now,
): MemoizedCredentials {
  let current: { credentials: AwsCredentials; renewAt: number } | undefined;
  let pending: Promise<AwsCredentials> | undefined;
  // Bumped by invalidate, so a fetch already under way does not put back
  // what it got for the caller who asked before.
  let generation = 0;

  const renewAt = (credentials: AwsCredentials, fetchedAt: number) => {
    if (!credentials.expiration) return Infinity;
    const expiresAt = credentials.expiration.getTime();
    const margin = Math.min(REFRESH_MARGIN_MS, (expiresAt - fetchedAt) / 4);
    return expiresAt - margin;
  };

  const credentials = () => {
    if (current && now() < current.renewAt)
      return Promise.resolve(current.credentials);
    const started = generation;
    pending ??= provider()
      .then((fetched) => {
        if (started === generation)
          current = { credentials: fetched, renewAt: renewAt(fetched, now()) };
        return fetched;
      })
      .finally(() => {
        pending = undefined;
      });
    return pending;
  };
  const invalidate = () => {
    generation += 1;
    current = undefined;
    pending = undefined;
  };
  return Object.assign(credentials, { invalidate, memoized: true as const });
}
