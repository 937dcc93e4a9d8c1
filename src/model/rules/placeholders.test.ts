import { describe, expect, it } from 'vitest';

import { FIXTURE_NAMES, fixture } from '../fixtures';
import { ruleIssues } from '../fixtures/rule-issues';
import { variant } from '../fixtures/variant';
import type { IssuePath } from '../issue';
import { placeholders } from './placeholders';

const C = 'containerProperties';
const NODE = ['nodeProperties'];

/** A request as a user might paste it from a CLI skeleton, half filled in. */
const skeleton = {
  jobDefinitionName: '',
  type: 'container',
  parameters: { KeyName: '' },
  containerProperties: {
    image: '',
    vcpus: 0,
    memory: 0,
    command: [''],
    jobRoleArn: '',
    environment: [{ name: '', value: '' }],
    linuxParameters: { sharedMemorySize: 0, maxSwap: 0, swappiness: 0 },
    logConfiguration: { logDriver: 'awslogs', options: { KeyName: '' } },
  },
  retryStrategy: { attempts: 0 },
  timeout: { attemptDurationSeconds: 0 },
  tags: { KeyName: '' },
};

const paths = (input: Record<string, unknown>) =>
  ruleIssues(placeholders, input).map((issue) => issue.path);

describe('placeholders', () => {
  it.each(FIXTURE_NAMES)('finds no placeholder in the %s fixture', (name) => {
    expect(ruleIssues(placeholders, fixture(name))).toEqual([]);
  });

  it('warns about every empty value and meaningless zero of a skeleton', () => {
    expect(paths(skeleton)).toEqual([
      ['jobDefinitionName'],
      ['parameters', 'KeyName'],
      [C, 'image'],
      [C, 'vcpus'],
      [C, 'memory'],
      [C, 'command', 0],
      [C, 'jobRoleArn'],
      [C, 'environment', 0, 'name'],
      [C, 'environment', 0, 'value'],
      [C, 'linuxParameters', 'sharedMemorySize'],
      [C, 'logConfiguration', 'options', 'KeyName'],
      ['retryStrategy', 'attempts'],
      ['timeout', 'attemptDurationSeconds'],
      ['tags', 'KeyName'],
    ]);
    for (const issue of ruleIssues(placeholders, skeleton)) {
      expect(issue).toMatchObject({ severity: 'warning', code: 'placeholder' });
    }
  });

  it.each<[string, IssuePath, unknown, string]>([
    [
      'an empty image',
      [C, 'image'],
      '',
      'Empty value, likely a placeholder: fill it in or remove the field.',
    ],
    [
      'an empty command word',
      [C, 'command', 1],
      '',
      'fill it in or remove the field',
    ],
    [
      'zero vcpus',
      [C, 'vcpus'],
      0,
      'vcpus is 0, likely a placeholder: set a real value or remove the field.',
    ],
    [
      'zero tmpfs size',
      [C, 'linuxParameters', 'tmpfs'],
      [{ containerPath: '/tmp', size: 0 }],
      'size is 0',
    ],
    [
      'the skeleton key of a map',
      ['parameters'],
      { KeyName: 'x' },
      '"KeyName" is the placeholder key of the CLI skeleton',
    ],
  ])('warns about %s', (_what, path, value, says) => {
    const [issue] = ruleIssues(placeholders, variant('sleep10', [path, value]));

    expect(issue).toMatchObject({ severity: 'warning', code: 'placeholder' });
    expect(issue?.message).toContain(says);
  });

  it.each<[string, IssuePath, unknown]>([
    ['an empty tag value', ['tags'], { reviewed: '' }],
    ['an empty parameter default', ['parameters'], { suffix: '' }],
    [
      'an empty log option',
      [C, 'logConfiguration'],
      { logDriver: 'awslogs', options: { 'awslogs-datetime-format': '' } },
    ],
    ['main node 0', [...NODE, 'mainNode'], 0],
    ['no swap', [C, 'linuxParameters', 'maxSwap'], 0],
    ['swappiness 0', [C, 'linuxParameters', 'swappiness'], 0],
    ['scheduling priority 0', ['schedulingPriority'], 0],
    [
      'the default emptyDir medium',
      ['eksProperties', 'podProperties', 'volumes'],
      [{ name: 'scratch', emptyDir: { medium: '' } }],
    ],
    [
      'a zero ulimit, a real setting for core dumps',
      [C, 'ulimits'],
      [{ name: 'core', softLimit: 0, hardLimit: 0 }],
    ],
    ['a zero in a command', [C, 'command', 1], '0'],
    [
      'a KeyName field outside a map',
      [C, 'environment'],
      [{ name: 'KeyName', value: 'x' }],
    ],
  ])('leaves alone %s', (_what, path, value) => {
    const base = path[0] === 'nodeProperties' ? 'multinode-eks' : 'sleep10';

    expect(ruleIssues(placeholders, variant(base, [path, value]))).toEqual([]);
  });

  it('stops looking 64 levels down', () => {
    let deep: unknown = '';
    for (let depth = 0; depth < 100; depth += 1) deep = [deep];

    expect(
      ruleIssues(placeholders, variant('sleep10', [['extra'], deep])),
    ).toEqual([]);
  });
});
