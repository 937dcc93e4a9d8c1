import { describe, expect, it } from 'vitest';

import type { FixtureName } from './fixtures';
import { variant } from './fixtures/variant';
import type { IssuePath } from './issue';
import { schemaIssues } from './schema-issues';

const C = 'containerProperties';
const TASK = ['ecsProperties', 'taskProperties', 0];
const POD = ['eksProperties', 'podProperties'];

type Row = [what: string, base: FixtureName, path: IssuePath, value: unknown];

describe('schemaIssues on required fields', () => {
  it.each<[what: string, base: FixtureName, path: IssuePath]>([
    ['jobDefinitionName', 'sleep10', ['jobDefinitionName']],
    ['type', 'sleep10', ['type']],
    ['value', 'sleep10', [C, 'resourceRequirements', 1, 'value']],
    ['image', 'managed-instances-ecs', [...TASK, 'containers', 0, 'image']],
    [
      'fileSystemId',
      'ec2-container-volumes',
      [C, 'volumes', 1, 'efsVolumeConfiguration', 'fileSystemId'],
    ],
    [
      'nodeRangeProperties',
      'multinode-eks',
      ['nodeProperties', 'nodeRangeProperties'],
    ],
    [
      'secretName',
      'eks-init-containers-volumes',
      [...POD, 'volumes', 3, 'secret', 'secretName'],
    ],
    ['sizeInGiB', 'fargate-container', [C, 'ephemeralStorage', 'sizeInGiB']],
    ['logDriver', 'fargate-container', [C, 'logConfiguration', 'logDriver']],
  ])('asks to add %s when it is missing', (field, base, path) => {
    const issues = schemaIssues(variant(base, [path, undefined]));

    expect(issues).toEqual([
      {
        path,
        severity: 'error',
        code: 'missing',
        message: `Required: add ${field}.`,
      },
    ]);
  });

  it('reports every missing field of an empty object', () => {
    expect(schemaIssues({}).map((issue) => issue.path)).toEqual([
      ['jobDefinitionName'],
      ['type'],
    ]);
  });

  it('reports each missing ulimit limit at its own path', () => {
    const issues = schemaIssues(
      variant('sleep10', [[C, 'ulimits'], [{ name: 'nofile' }]]),
    );

    expect(issues.map((issue) => [issue.path.at(-1), issue.code])).toEqual([
      ['softLimit', 'missing'],
      ['hardLimit', 'missing'],
    ]);
  });
});

describe('schemaIssues on unknown fields', () => {
  it.each<[...Row, string]>([
    [
      'sizeInGib',
      'fargate-container',
      [C, 'ephemeralStorage', 'sizeInGib'],
      50,
      'sizeInGiB',
    ],
    [
      'containerProperty',
      'sleep10',
      ['containerProperty'],
      {},
      'containerProperties',
    ],
    [
      'resourceRequirement',
      'sleep10',
      [C, 'resourceRequirement'],
      [],
      'resourceRequirements',
    ],
    [
      'jobDefinitionname',
      'sleep10',
      ['jobDefinitionname'],
      'x',
      'jobDefinitionName',
    ],
    ['Image', 'sleep10', [C, 'Image'], 'busybox', 'image'],
    [
      'platformCapability',
      'sleep10',
      ['platformCapability'],
      ['EC2'],
      'platformCapabilities',
    ],
    [
      'essentail',
      'managed-instances-ecs',
      [...TASK, 'containers', 0, 'essentail'],
      true,
      'essential',
    ],
    [
      'volumeMount',
      'eks-init-containers-volumes',
      [...POD, 'containers', 0, 'volumeMount'],
      [],
      'volumeMounts',
    ],
  ])('suggests the right name for %s', (_what, base, path, value, right) => {
    const issues = schemaIssues(variant(base, [path, value]));

    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      path,
      severity: 'error',
      code: 'unknown-field',
    });
    expect(issues[0]?.message).toContain(`did you mean "${right}"?`);
    expect(issues[0]?.message).toContain('AWS ignores fields it does not know');
  });

  it.each<Row>([
    ['containerDefinitions', 'sleep10', ['containerDefinitions'], []],
    ['cpu', 'sleep10', [C, 'cpu'], 1024],
    ['hostname', 'sleep10', [C, 'hostname'], 'worker'],
    [
      'nodeSelector',
      'eks-init-containers-volumes',
      [...POD, 'nodeSelector'],
      {},
    ],
  ])(
    'suggests nothing for %s, far from every known name',
    (key, base, path, value) => {
      const issues = schemaIssues(variant(base, [path, value]));

      expect(issues).toHaveLength(1);
      expect(issues[0]).toMatchObject({ path, code: 'unknown-field' });
      expect(issues[0]?.message).toBe(
        `Unknown field "${key}". AWS ignores fields it does not know, so this one would be lost: remove it or fix its name.`,
      );
    },
  );

  it.each([
    [
      'a misspelt required field',
      {
        jobDefinitionname: 'x',
        type: 'container',
        containerProperties: { image: 'busybox' },
      },
    ],
    [
      'a misspelt nested required field',
      variant('fargate-container', [
        [C, 'ephemeralStorage'],
        { sizeInGib: 50 },
      ]),
    ],
    [
      'a misspelt required field inside a list',
      variant('sleep10', [
        [C, 'resourceRequirements', 0],
        { type: 'MEMORY', Value: '128' },
      ]),
    ],
  ])('reports %s once, as unknown, not also as missing', (_what, value) => {
    expect(schemaIssues(value).map((issue) => issue.code)).toEqual([
      'unknown-field',
    ]);
  });

  it('still reports a required field missing when no unknown key resembles it', () => {
    const issues = schemaIssues(
      variant('fargate-container', [
        [C, 'ephemeralStorage'],
        { gigabytes: 50 },
      ]),
    );

    expect(issues.map((issue) => issue.code).sort()).toEqual([
      'missing',
      'unknown-field',
    ]);
  });

  it.each<[key: string, value: unknown]>([
    ['containerOrchestrationType', 'ECS'],
    ['status', 'ACTIVE'],
    [
      'jobDefinitionArn',
      'arn:aws:batch:us-east-1:123456789012:job-definition/sleep10:1',
    ],
    ['revision', 1],
  ])(
    'tells the user %s is read-only describe output, to remove',
    (key, value) => {
      const issues = schemaIssues(variant('sleep10', [[key], value]));

      expect(issues).toEqual([
        {
          path: [key],
          severity: 'error',
          code: 'unknown-field',
          message: `${key} is a read-only field of describe-job-definitions output, not part of a request: remove it.`,
        },
      ]);
    },
  );
});

describe('read-only fields below the top', () => {
  it('treats a nested status as an ordinary unknown field', () => {
    const issues = schemaIssues(
      variant('sleep10', [['containerProperties', 'status'], 'ACTIVE']),
    );

    expect(issues).toHaveLength(1);
    expect(issues[0]?.message).toMatch(/^Unknown field "status"/);
  });
});
