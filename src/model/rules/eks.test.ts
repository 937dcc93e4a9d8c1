import { describe, expect, it } from 'vitest';

import {
  issueAt,
  named,
  ruleIssues,
  type Flagged,
  type Passed,
} from '../fixtures/rule-issues';
import { variant, type Change } from '../fixtures/variant';
import { eksPod } from './eks';

const POD = ['eksProperties', 'podProperties'];
const MAIN = [...POD, 'containers', 0];
const INIT = [...POD, 'initContainers', 0];
const LIMITS = [...MAIN, 'resources', 'limits'];
const REQUESTS = [...MAIN, 'resources', 'requests'];
const MILLICORES = 'millicores like "500m" are not accepted';

const pod = (...changes: Change[]) =>
  variant('eks-init-containers-volumes', ...changes);
/** The main container with only these limits (requests are copied from them). */
const limits = (values: Record<string, string>) =>
  pod([[...MAIN, 'resources'], { limits: values }]);

function expectFlagged(row: Flagged): void {
  const issues = ruleIssues(eksPod, row.input);
  const issue = issueAt(issues, row.path, row.code);

  expect(issue, JSON.stringify(issues, null, 2)).toBeDefined();
  expect(issue?.severity).toBe(row.severity ?? 'error');
  for (const text of row.says) expect(issue?.message).toContain(text);
}

describe('eksPod containers and resources', () => {
  it.each(
    named<Passed>([
      {
        what: 'a pod with init containers and every volume type',
        input: pod(),
      },
      { what: 'a multi-node EKS job', input: variant('multinode-eks') },
      { what: 'limits alone', input: limits({ cpu: '1', memory: '2048Mi' }) },
      {
        what: 'requests alone',
        input: pod([
          [...MAIN, 'resources'],
          { requests: { cpu: '1', memory: '2048Mi' } },
        ]),
      },
      {
        what: 'a quarter vCPU and 4 MiB',
        input: limits({ cpu: '0.25', memory: '4Mi' }),
      },
      {
        what: 'cpu in steps of 0.25',
        input: limits({ cpu: '1.75', memory: '4096Mi' }),
      },
      {
        what: 'cpu written with a decimal point',
        input: limits({ cpu: '2.0', memory: '4096Mi' }),
      },
      {
        what: 'a cpu request below its limit',
        input: pod([[...REQUESTS, 'cpu'], '0.5']),
      },
      {
        what: 'an unnamed container',
        input: pod([[...MAIN, 'name'], undefined]),
      },
      {
        what: 'cpu and memory as numbers, which the schema reports',
        input: pod([
          [...MAIN, 'resources'],
          { limits: { cpu: 4, memory: 2048 } },
        ]),
      },
    ]),
  )('accepts %s', (_what, { input }) => {
    expect(ruleIssues(eksPod, input)).toEqual([]);
  });

  it.each(
    named<Flagged>([
      {
        what: 'a pod without containers',
        input: pod([[...POD, 'containers'], undefined]),
        path: [...POD, 'containers'],
        code: 'eks-containers',
        says: ['Add at least one container'],
      },
      {
        what: 'millicores',
        input: limits({ cpu: '500m', memory: '2048Mi' }),
        path: [...LIMITS, 'cpu'],
        code: 'eks-cpu',
        says: ['steps of 0.25', MILLICORES],
      },
      {
        what: 'cpu off the 0.25 steps',
        input: limits({ cpu: '0.3', memory: '2048Mi' }),
        path: [...LIMITS, 'cpu'],
        code: 'eks-cpu',
        says: ['steps of 0.25', '"0.5"'],
      },
      {
        what: 'cpu below a quarter',
        input: limits({ cpu: '0.1', memory: '2048Mi' }),
        path: [...LIMITS, 'cpu'],
        code: 'eks-cpu',
        says: ['steps of 0.25'],
      },
      {
        what: 'no cpu',
        input: limits({ cpu: '0', memory: '2048Mi' }),
        path: [...LIMITS, 'cpu'],
        code: 'eks-cpu',
        says: ['steps of 0.25'],
      },
      {
        what: 'memory in GiB',
        input: limits({ cpu: '1', memory: '2Gi' }),
        path: [...LIMITS, 'memory'],
        code: 'eks-memory',
        says: ['whole number of MiB with "Mi"', '"2048Mi"'],
      },
      {
        what: 'memory without a unit',
        input: limits({ cpu: '1', memory: '2048' }),
        path: [...LIMITS, 'memory'],
        code: 'eks-memory',
        says: ['with "Mi"'],
      },
      {
        what: 'memory below 4 MiB',
        input: limits({ cpu: '1', memory: '2Mi' }),
        path: [...LIMITS, 'memory'],
        code: 'eks-memory',
        says: ['at least "4Mi"'],
      },
      {
        what: 'half a GPU',
        input: limits({ cpu: '1', memory: '2048Mi', 'nvidia.com/gpu': '0.5' }),
        path: [...LIMITS, 'nvidia.com/gpu'],
        code: 'eks-gpu',
        says: ['whole number of GPUs'],
      },
      {
        what: 'a resource Batch does not schedule',
        input: limits({
          cpu: '1',
          memory: '2048Mi',
          'ephemeral-storage': '10Gi',
        }),
        path: [...LIMITS, 'ephemeral-storage'],
        code: 'eks-resource-key',
        severity: 'warning',
        says: ['cpu, memory and nvidia.com/gpu', '"ephemeral-storage"'],
      },
      {
        what: 'a missing cpu',
        input: limits({ memory: '2048Mi' }),
        path: [...MAIN, 'resources'],
        code: 'eks-resources',
        says: ['cpu limit or request'],
      },
      {
        what: 'a missing memory',
        input: limits({ cpu: '1' }),
        path: [...MAIN, 'resources'],
        code: 'eks-resources',
        says: ['memory limit or request', '"2048Mi"'],
      },
      {
        what: 'an init container without memory',
        input: pod([[...INIT, 'resources', 'limits', 'memory'], undefined]),
        path: [...INIT, 'resources'],
        code: 'eks-resources',
        says: ['memory limit or request'],
      },
      {
        what: 'a cpu request above its limit',
        input: pod([[...REQUESTS, 'cpu'], '8']),
        path: [...REQUESTS, 'cpu'],
        code: 'eks-cpu',
        says: ['cannot be more than the cpu limit'],
      },
      {
        what: 'a memory request unlike its limit',
        input: pod([[...REQUESTS, 'memory'], '4096Mi']),
        path: [...REQUESTS, 'memory'],
        code: 'eks-resources',
        says: ['memory request to equal the limit (8192Mi)'],
      },
      {
        what: 'a GPU request unlike its limit',
        input: pod([[...REQUESTS, 'nvidia.com/gpu'], '2']),
        path: [...REQUESTS, 'nvidia.com/gpu'],
        code: 'eks-resources',
        says: ['nvidia.com/gpu request to equal the limit (1)'],
      },
    ]),
  )('flags %s', (_what, row) => {
    expectFlagged(row);
  });
});

describe('eksPod names, mounts, variables and images', () => {
  it.each(
    named<Flagged>([
      {
        what: 'an init container named like a container',
        input: pod([[...INIT, 'name'], 'backfill']),
        path: [...INIT, 'name'],
        code: 'eks-container-name',
        says: ['named "backfill"', 'must be unique'],
      },
      {
        what: 'a container name with capitals',
        input: pod([[...MAIN, 'name'], 'Backfill']),
        path: [...MAIN, 'name'],
        code: 'eks-container-name',
        severity: 'warning',
        says: ['lower-case letters, digits and hyphens'],
      },
      {
        what: 'a container name over 63 characters',
        input: pod([[...MAIN, 'name'], 'b'.repeat(64)]),
        path: [...MAIN, 'name'],
        code: 'eks-container-name',
        severity: 'warning',
        says: ['up to 63'],
      },
      {
        what: 'a mount of a missing volume',
        input: pod([[...MAIN, 'volumeMounts', 1, 'name'], 'tmp']),
        path: [...MAIN, 'volumeMounts', 1, 'name'],
        code: 'eks-volume-mount',
        says: ['no volume named "tmp"'],
      },
      {
        what: 'an init container mounting a missing volume',
        input: pod([[...INIT, 'volumeMounts', 0, 'name'], 'model']),
        path: [...INIT, 'volumeMounts', 0, 'name'],
        code: 'eks-volume-mount',
        says: ['no volume named "model"'],
      },
      {
        what: 'a reserved variable name',
        input: pod([[...MAIN, 'env', 1, 'name'], 'AWS_BATCH_JOB_ID']),
        path: [...MAIN, 'env', 1, 'name'],
        code: 'reserved-env',
        says: ['reserved for AWS Batch', 'rename the variable'],
      },
      {
        what: 'an image with a space',
        input: pod([[...MAIN, 'image'], 'example/backfill 4.1']),
        path: [...MAIN, 'image'],
        code: 'image',
        severity: 'warning',
        says: ['not a valid image reference'],
      },
      {
        what: 'an image over 255 characters',
        input: pod([[...INIT, 'image'], `example/${'a'.repeat(250)}`]),
        path: [...INIT, 'image'],
        code: 'image',
        says: ['at most 255 characters'],
      },
    ]),
  )('flags %s', (_what, row) => {
    expectFlagged(row);
  });

  it('checks each pod of a multi-node job', () => {
    const range = ['nodeProperties', 'nodeRangeProperties', 1];
    const input = variant('multinode-eks', [
      [
        ...range,
        'eksProperties',
        'podProperties',
        'containers',
        0,
        'resources',
        'limits',
        'cpu',
      ],
      '250m',
    ]);

    expect(ruleIssues(eksPod, input).map((issue) => issue.code)).toEqual([
      'eks-cpu',
    ]);
  });
});
