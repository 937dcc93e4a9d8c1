import { MAX_JOB_DEFINITION_BYTES } from '../constants';
import { asList, asRecord, asString, has } from '../view';
import type { Rule } from './context';

/** A retry strategy needs attempts; each condition needs something to match. */
export const retryStrategy: Rule = ({ root }, report) => {
  const strategy = asRecord(root.retryStrategy);
  if (!strategy) return;
  if (!has(strategy, 'attempts')) {
    report(
      ['retryStrategy', 'attempts'],
      'error',
      'retry-attempts',
      'A retry strategy needs attempts (1 to 10): add it, or remove retryStrategy.',
    );
  }
  asList(strategy.evaluateOnExit).forEach((item, index) => {
    const condition = asRecord(item);
    const keys = ['onStatusReason', 'onReason', 'onExitCode'];
    if (condition && !keys.some((key) => asString(condition[key]))) {
      report(
        ['retryStrategy', 'evaluateOnExit', index],
        'warning',
        'retry-condition',
        'This condition matches every attempt: give onExitCode, onReason or onStatusReason.',
      );
    }
  });
};

/** An empty timeout object does nothing. */
export const timeoutSettings: Rule = ({ root }, report) => {
  const timeout = asRecord(root.timeout);
  if (timeout && !has(timeout, 'attemptDurationSeconds')) {
    report(
      ['timeout'],
      'warning',
      'timeout',
      'This timeout sets nothing: add attemptDurationSeconds, or remove timeout.',
    );
  }
};

/** Tag count, key and value lengths, and the reserved aws: prefix. */
export const tags: Rule = ({ root }, report) => {
  const tagMap = asRecord(root.tags);
  if (!tagMap) return;
  const entries = Object.entries(tagMap);
  if (entries.length === 0) {
    report(
      ['tags'],
      'error',
      'tags',
      'Tags cannot be an empty object: remove tags, or add at least one.',
    );
  }
  if (entries.length > 50) {
    report(
      ['tags'],
      'error',
      'tags',
      `There are ${entries.length} tags; AWS allows at most 50.`,
    );
  }
  for (const [key, value] of entries) {
    const length = [...key].length;
    if (length === 0 || length > 128) {
      report(
        ['tags', key],
        'error',
        'tags',
        'A tag key must have 1 to 128 characters.',
      );
    }
    if (key.toLowerCase().startsWith('aws:')) {
      report(
        ['tags', key],
        'error',
        'tags',
        'Tag keys starting with "aws:" are reserved for AWS.',
      );
    }
    if (typeof value === 'string' && [...value].length > 256) {
      report(
        ['tags', key],
        'error',
        'tags',
        'A tag value can be at most 256 characters.',
      );
    }
  }
};

/** Parameter defaults that no Ref:: placeholder of the command uses. */
export const unusedParameters: Rule = ({ root, containers }, report) => {
  const parameters = asRecord(root.parameters);
  if (!parameters || containers.length === 0) return;
  const used = new Set<string>();
  for (const container of containers) {
    for (const part of asList(container.value.command)) {
      const match = /^Ref::(.+)$/.exec(asString(part) ?? '');
      if (match?.[1]) used.add(match[1]);
    }
  }
  for (const key of Object.keys(parameters)) {
    if (!used.has(key)) {
      report(
        ['parameters', key],
        'warning',
        'unused-parameter',
        `No "Ref::${key}" in the command uses this default: check the name, or remove it.`,
      );
    }
  }
};

/** UTF-8 bytes of the request as JSON; undefined when it cannot be printed. */
function byteSize(root: unknown): number | undefined {
  try {
    return new TextEncoder().encode(JSON.stringify(root)).length;
  } catch {
    // Nesting deep enough to exhaust the stack: the text parser reports it.
    return undefined;
  }
}

/** The whole request must fit AWS's job definition size quota. */
export const requestSize: Rule = ({ root }, report) => {
  const bytes = byteSize(root);
  if (bytes === undefined) return;
  const kib = (bytes / 1024).toFixed(1);
  if (bytes > MAX_JOB_DEFINITION_BYTES) {
    report(
      [],
      'error',
      'size',
      `The job definition is ${kib} KiB; AWS accepts at most 24 KiB. Move large values (environment, parameters) elsewhere.`,
    );
  } else if (bytes > MAX_JOB_DEFINITION_BYTES - 1024) {
    report(
      [],
      'warning',
      'size',
      `The job definition is ${kib} KiB, close to AWS's 24 KiB limit.`,
    );
  }
};
