import { connectPolicy } from './content-security-policy';

const META_ID = 'connect-policy';

/**
 * Adds the connect-src policy as a second meta element. A meta policy
 * cannot be loosened or removed once the browser has read it, so this runs
 * once per page load, before any AWS call; new settings take effect by
 * reloading the page (see ConnectPolicyGuard).
 */
export function applyConnectPolicy(
  document: Document,
  sources: readonly string[],
): void {
  if (document.getElementById(META_ID)) return;

  const meta = document.createElement('meta');
  meta.id = META_ID;
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = connectPolicy(sources);
  document.head.append(meta);
}
