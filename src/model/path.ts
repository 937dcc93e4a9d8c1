import type { IssuePath } from './issue';

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * Formats an issue path the way a reader writes it in code:
 * `containerProperties.resourceRequirements[1].value`. Keys that are not
 * identifiers are quoted (`tags["team/name"]`); the empty path is `(root)`.
 */
export function formatPath(path: IssuePath): string {
  if (path.length === 0) {
    return '(root)';
  }

  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') {
      out += `[${segment}]`;
    } else if (IDENTIFIER.test(segment)) {
      out += out === '' ? segment : `.${segment}`;
    } else {
      out += `[${JSON.stringify(segment)}]`;
    }
  }
  return out;
}
