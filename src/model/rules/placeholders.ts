import type { IssuePath } from '../issue';
import type { Report, Rule } from './context';

// Fields where 0 means nothing and is almost always left over from
// `aws batch register-job-definition --generate-cli-skeleton`.
const ZERO_IS_PLACEHOLDER = new Set([
  'vcpus',
  'memory',
  'numNodes',
  'attempts',
  'attemptDurationSeconds',
  'size',
  'sharedMemorySize',
  'transitEncryptionPort',
  'sizeInGiB',
  'quantity',
  'startTimeout',
  'stopTimeout',
]);

// Maps whose values are free text: an empty value there is legal and common.
const FREE_TEXT_MAPS = new Set([
  'parameters',
  'tags',
  'options',
  'labels',
  'annotations',
  'limits',
  'requests',
]);

const MAX_DEPTH = 64;

/** Empty strings and meaningless zeros, as left by the CLI's skeleton. */
export const placeholders: Rule = ({ root }, report) => {
  visit(root, [], report);
};

function visit(value: unknown, path: IssuePath, report: Report): void {
  if (path.length > MAX_DEPTH) return;
  // An empty emptyDir medium is the documented default (node disk).
  if (value === '' && path[path.length - 1] !== 'medium') {
    report(
      path,
      'warning',
      'placeholder',
      'Empty value, likely a placeholder: fill it in or remove the field.',
    );
    return;
  }
  const key = path[path.length - 1];
  if (value === 0 && typeof key === 'string' && ZERO_IS_PLACEHOLDER.has(key)) {
    report(
      path,
      'warning',
      'placeholder',
      `${key} is 0, likely a placeholder: set a real value or remove the field.`,
    );
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item, index) => visit(item, [...path, index], report));
  } else if (typeof value === 'object' && value !== null) {
    const isMap = typeof key === 'string' && FREE_TEXT_MAPS.has(key);
    for (const [childKey, child] of Object.entries(value)) {
      if (!isMap) visit(child, [...path, childKey], report);
      else if (childKey === 'KeyName') {
        report(
          [...path, childKey],
          'warning',
          'placeholder',
          '"KeyName" is the placeholder key of the CLI skeleton: use a real name or remove the entry.',
        );
      }
    }
  }
}
