import type { Issue, IssuePath, Severity } from './issue';
import { readContext } from './rules/context';
import { RULES } from './rules';
import { schemaIssues } from './schema-issues';
import { asRecord } from './view';

/**
 * Validates a RegisterJobDefinition request body: its shape against the schema,
 * then every cross-field rule. Never throws: anything wrong, however odd the
 * input, comes back as issues. Errors come first, then warnings.
 */
export function validate(value: unknown): Issue[] {
  const root = asRecord(value);
  if (!root) {
    return [
      {
        path: [],
        severity: 'error',
        code: 'not-an-object',
        message:
          'A job definition is a JSON object { ... } with jobDefinitionName and type.',
      },
    ];
  }

  const issues = [...schemaIssues(root), ...loneSurrogates(root)];
  const context = readContext(root);
  const report = (
    path: IssuePath,
    severity: Severity,
    code: string,
    message: string,
  ) => {
    issues.push({ path, severity, code, message });
  };
  for (const rule of RULES) {
    try {
      rule(context, report);
    } catch {
      // A rule that trips over odd input must not hide the other findings.
      report(
        [],
        'warning',
        'internal',
        'One check could not run on this input.',
      );
    }
  }
  return tidy(issues);
}

// Half of a UTF-16 pair with no partner: JSON allows it, UTF-8 cannot hold it.
const LONE_SURROGATE =
  /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Strings and keys holding a lone surrogate; a work list, as nesting can be deep. */
function loneSurrogates(root: unknown): Issue[] {
  const issues: Issue[] = [];
  const pending: [unknown, IssuePath][] = [[root, []]];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [value, path] = next;
    if (typeof value === 'string' && LONE_SURROGATE.test(value)) {
      issues.push({
        path,
        severity: 'warning',
        code: 'lone-surrogate',
        message:
          'This text holds half of a two-part character (a lone surrogate), which has no UTF-8 form: AWS may reject it or store a replacement character. Delete it or retype the character.',
      });
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => pending.push([item, [...path, index]]));
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, inner] of Object.entries(value)) {
        pending.push([LONE_SURROGATE.test(key) ? key : inner, [...path, key]]);
      }
    }
  }
  return issues;
}

/** Drops repeats, and warnings at a path that already has an error. */
function tidy(issues: readonly Issue[]): Issue[] {
  const key = (issue: Issue) => JSON.stringify(issue.path);
  const errorPaths = new Set(
    issues.filter((i) => i.severity === 'error').map(key),
  );
  const seen = new Set<string>();
  const kept: Issue[] = [];
  for (const issue of issues) {
    const id = `${key(issue)}\u0000${issue.message}`;
    if (seen.has(id)) continue;
    if (issue.severity === 'warning' && errorPaths.has(key(issue))) continue;
    seen.add(id);
    kept.push(issue);
  }
  return [
    ...kept.filter((issue) => issue.severity === 'error'),
    ...kept.filter((issue) => issue.severity === 'warning'),
  ];
}
