/** A policy as directive name → source list, in the order written. */
export type PolicyDirectives = Readonly<Record<string, readonly string[]>>;

/**
 * The base policy, written into index.html as a meta element (a unit test
 * keeps the two equal). It holds from the first byte of the page:
 *
 * - script-src 'self': only the app's own bundle; no inline script, no eval.
 * - style-src 'unsafe-inline': Monaco adds <style> elements at run time (its
 *   theme and decoration classes) and React, Cloudscape and Monaco set style
 *   attributes; none of them can carry a nonce. Styles cannot run code.
 * - worker-src 'self': Monaco's workers are chunks of the bundle.
 * - connect-src is wide here only because policies can tighten but never
 *   widen: the second policy (connectPolicy), added at startup from the
 *   settings before any AWS call, narrows it to the chosen endpoints.
 * - require-trusted-types-for 'script': a string can never reach innerHTML
 *   or another HTML sink; only Monaco's own sanitising policies can.
 *
 * frame-ancestors cannot be set from a meta element; hosting adds it as a
 * header (README, Security).
 */
export const BASE_DIRECTIVES: PolicyDirectives = {
  'default-src': ["'none'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'", 'data:'],
  'worker-src': ["'self'"],
  'connect-src': ["'self'", 'https:', 'http:'],
  'manifest-src': ["'self'"],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
  'object-src': ["'none'"],
  'require-trusted-types-for': ["'script'"],
};

/** The text of a policy, as a header or meta element carries it. */
export function formatPolicy(directives: PolicyDirectives): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
}

/** The second policy: connections to the app and the given sources only. */
export function connectPolicy(sources: readonly string[]): string {
  return formatPolicy({ 'connect-src': ["'self'", ...sources] });
}
