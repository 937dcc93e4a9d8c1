import type { AwsCredentials, CredentialsProvider } from './aws-credentials';

/** Renew at most this long before expiry, so no call carries stale keys. */
export const REFRESH_MARGIN_MS = 5 * 60_000;

/**
 * Shares one set of credentials between every caller and fetches new ones
 * shortly before they expire, or after a failure. Concurrent callers wait on
 * the same request. The margin is a quarter of the lifetime when that is
 * shorter (the local emulator hands out 90-second credentials).
 */
export function memoizeCredentials(
  provider: CredentialsProvider,
  now: () => number = Date.now,
): CredentialsProvider {
  let current: { credentials: AwsCredentials; renewAt: number } | undefined;
  let pending: Promise<AwsCredentials> | undefined;

  const renewAt = (credentials: AwsCredentials, fetchedAt: number) => {
    if (!credentials.expiration) return Infinity;
    const expiresAt = credentials.expiration.getTime();
    const margin = Math.min(REFRESH_MARGIN_MS, (expiresAt - fetchedAt) / 4);
    return expiresAt - margin;
  };

  return () => {
    if (current && now() < current.renewAt)
      return Promise.resolve(current.credentials);
    pending ??= provider()
      .then((credentials) => {
        current = { credentials, renewAt: renewAt(credentials, now()) };
        return credentials;
      })
      .finally(() => {
        pending = undefined;
      });
    return pending;
  };
}
