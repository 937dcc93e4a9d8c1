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
