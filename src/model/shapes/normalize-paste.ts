import type { IssuePath } from '../issue';
import { detectShape } from './detect-shape';
import { isRecord } from './is-record';
import { normalizeCloudFormation } from './normalize-cloudformation';
import { normalizeDescribe } from './normalize-describe';
import type { NormalizedPaste } from './normalized-paste';
import type { Notice } from './notice';

/** Choices the user can make about a paste. */
export interface NormalizeOptions {
  /** Which revision to check when describe output lists several. */
  readonly revision?: number;
}

const SKELETON_NOTICE: Notice = {
  kind: 'info',
  path: [],
  message:
    'This looks like the output of aws batch register-job-definition --generate-cli-skeleton: fill in the placeholder values ("" and 0) or delete the fields you do not need, and keep only one of containerProperties, nodeProperties, eksProperties and ecsProperties.',
};

const LIST_NOTICE: Notice = {
  kind: 'info',
  path: [],
  message:
    'This is a list of job definitions: paste one of them, or the whole describe-job-definitions output.',
};

const identity = (path: IssuePath) => path;

function looksLikeList(value: unknown): boolean {
  return (
    Array.isArray(value) &&
    value.length > 0 &&
    value.every(
      (item) => isRecord(item) && Object.hasOwn(item, 'jobDefinitionArn'),
    )
  );
}

/**
 * Recognises what the user pasted (a request body, DescribeJobDefinitions
 * output, CloudFormation, a CLI skeleton) and turns it into a request body to
 * validate, saying in notices what was changed. Never throws; anything
 * unrecognised is returned unchanged, to be validated as a request.
 */
export function normalizePaste(
  value: unknown,
  options: NormalizeOptions = {},
): NormalizedPaste {
  const first = normalizeOnce(value, options);
  let result = first;
  // A paste can mix two shapes (describe output written with CloudFormation
  // names); converting until no shape is left makes normalising the result
  // again change nothing. Each step unwraps or strips keys, so it ends.
  for (let step = 0; step < MAX_STEPS && isWrapped(result.request); step++) {
    result = chain(result, normalizeOnce(result.request, {}));
  }
  return { ...result, shape: first.shape };
}

const MAX_STEPS = 8;

function isWrapped(request: unknown): boolean {
  const shape = detectShape(request);
  return shape === 'describe' || shape === 'cloudformation';
}

/** `inner` normalised the request of `outer`: paths of both lead to the paste. */
function chain(
  outer: NormalizedPaste,
  inner: NormalizedPaste,
): NormalizedPaste {
  const prefix = inner.sourcePath([]);
  const startsWithPrefix = (path: IssuePath) =>
    prefix.every((segment, i) => path[i] === segment);
  const carried = (outer.unresolvedPaths ?? [])
    .filter(startsWithPrefix)
    .map((path) => path.slice(prefix.length));
  return {
    shape: outer.shape,
    request: inner.request,
    notices: [
      ...outer.notices,
      ...inner.notices.map((notice) => ({
        ...notice,
        path: outer.sourcePath(notice.path),
      })),
    ],
    sourcePath: (path) => outer.sourcePath(inner.sourcePath(path)),
    unresolvedPaths: [...carried, ...(inner.unresolvedPaths ?? [])],
  };
}

function normalizeOnce(
  value: unknown,
  options: NormalizeOptions,
): NormalizedPaste {
  const shape = detectShape(value);
  if (shape === 'describe' && isRecord(value)) {
    return normalizeDescribe(value, options.revision);
  }
  if (shape === 'cloudformation' && isRecord(value)) {
    return normalizeCloudFormation(value);
  }

  const notices =
    shape === 'skeleton'
      ? [SKELETON_NOTICE]
      : looksLikeList(value)
        ? [LIST_NOTICE]
        : [];
  return { shape, request: value, notices, sourcePath: identity };
}
