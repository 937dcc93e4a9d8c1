import { describe, expect, it } from 'vitest';

import {
  issueAt,
  named,
  ruleIssues,
  type Flagged,
  type Passed,
} from '../fixtures/rule-issues';
import { variant, type Change } from '../fixtures/variant';
import type { Rule } from './context';
import { tmpfsMounts } from './volumes';

const C = 'containerProperties';
const TASK = ['ecsProperties', 'taskProperties', 0];
const TMPFS = [C, 'linuxParameters', 'tmpfs', 0];

const ec2 = (...changes: Change[]) =>
  variant('ec2-container-volumes', ...changes);

function expectFlagged(rule: Rule, row: Flagged): void {
  const issues = ruleIssues(rule, row.input);
  const issue = issueAt(issues, row.path, row.code);

  expect(issue, JSON.stringify(issues, null, 2)).toBeDefined();
  expect(issue?.severity).toBe(row.severity ?? 'error');
  for (const text of row.says) expect(issue?.message).toContain(text);
}

describe('tmpfsMounts', () => {
  it.each(
    named<Passed>([
      { what: 'options with values such as mode=1777', input: ec2() },
      {
        what: 'no mount options',
        input: ec2([[...TMPFS, 'mountOptions'], undefined]),
      },
      {
        what: 'every documented option',
        input: ec2([
          [...TMPFS, 'mountOptions'],
          [
            'defaults',
            'ro',
            'nosuid',
            'nodev',
            'noexec',
            'relatime',
            'uid=1000',
            'gid=1000',
            'nr_inodes=4k',
            'mpol=default',
          ],
        ]),
      },
      {
        what: 'empty and non-text options, left to other checks',
        input: ec2([
          [...TMPFS, 'mountOptions'],
          ['', 7],
        ]),
      },
    ]),
  )('accepts %s', (_what, { input }) => {
    expect(ruleIssues(tmpfsMounts, input)).toEqual([]);
  });

  it.each(
    named<Flagged>([
      {
        what: 'a relative path',
        input: ec2([[...TMPFS, 'containerPath'], 'run/locks']),
        path: [...TMPFS, 'containerPath'],
        code: 'tmpfs',
        says: ['absolute path, starting with "/"'],
      },
      {
        what: 'the size as an option',
        input: ec2([[...TMPFS, 'mountOptions', 1], 'size=64m']),
        path: [...TMPFS, 'mountOptions', 1],
        code: 'tmpfs',
        says: ['"size" is not a tmpfs mount option', 'the size goes in size'],
      },
      {
        what: 'a misspelt option',
        input: ec2([[...TMPFS, 'mountOptions', 1], 'noexex']),
        path: [...TMPFS, 'mountOptions', 1],
        code: 'tmpfs',
        says: ['"noexex"', 'rw, ro, noexec or nosuid'],
      },
      {
        what: 'a bad option in a task container',
        input: variant('managed-instances-ecs', [
          [...TASK, 'containers', 0, 'linuxParameters', 'tmpfs'],
          [
            {
              containerPath: '/tmp',
              size: 64,
              mountOptions: ['exec', 'nouser'],
            },
          ],
        ]),
        path: [
          ...TASK,
          'containers',
          0,
          'linuxParameters',
          'tmpfs',
          0,
          'mountOptions',
          1,
        ],
        code: 'tmpfs',
        says: ['"nouser"'],
      },
    ]),
  )('flags %s', (_what, row) => {
    expectFlagged(tmpfsMounts, row);
  });
});
