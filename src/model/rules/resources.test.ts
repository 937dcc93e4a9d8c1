import { describe, expect, it } from 'vitest';

import {
  issueAt,
  named,
  ruleIssues,
  type Flagged,
  type Passed,
} from '../fixtures/rule-issues';
import { variant } from '../fixtures/variant';
import type { Rule } from './context';
import {
  gpuImageWithoutGpu,
  legacyResources,
  resourceValues,
} from './resources';

const C = 'containerProperties';
const REQ = [C, 'resourceRequirements'];
const TASK = ['ecsProperties', 'taskProperties', 0];
const RANGE_1 = ['nodeProperties', 'nodeRangeProperties', 1, 'container'];
// sleep10 holds MEMORY "128" at index 0 and VCPU "1" at index 1.
const MEMORY = [...REQ, 0, 'value'];
const VCPU = [...REQ, 1, 'value'];

function expectFlagged(rule: Rule, row: Flagged): void {
  const issues = ruleIssues(rule, row.input);
  const issue = issueAt(issues, row.path, row.code);

  expect(issue, JSON.stringify(issues, null, 2)).toBeDefined();
  expect(issue?.severity).toBe(row.severity ?? 'error');
  for (const text of row.says) expect(issue?.message).toContain(text);
}

describe('resourceValues', () => {
  it.each(
    named<Passed>([
      { what: 'the sleep10 values', input: variant('sleep10') },
      {
        what: 'the smallest memory, 4 MiB',
        input: variant('sleep10', [MEMORY, '4']),
      },
      {
        what: 'a whole GPU',
        input: variant('sleep10', [[...REQ, 2], { type: 'GPU', value: '1' }]),
      },
      {
        what: 'a fractional VCPU (for Fargate)',
        input: variant('fargate-ecs-multi-container'),
      },
      {
        what: 'a number, left to the schema',
        input: variant('sleep10', [MEMORY, 128]),
      },
    ]),
  )('accepts %s', (_what, { input }) => {
    expect(ruleIssues(resourceValues, input)).toEqual([]);
  });

  it.each(
    named<Flagged>([
      {
        what: 'a type given twice',
        input: variant('sleep10', [[...REQ, 2], { type: 'VCPU', value: '2' }]),
        path: [...REQ, 2],
        code: 'resource-duplicate',
        says: ['VCPU is given twice', 'keep one'],
      },
      {
        what: 'memory with a unit',
        input: variant('sleep10', [MEMORY, '2 GiB']),
        path: MEMORY,
        code: 'resource-value',
        says: ['plain number in quotes', '"2048"'],
      },
      {
        what: 'negative memory',
        input: variant('sleep10', [MEMORY, '-5']),
        path: MEMORY,
        code: 'resource-value',
        says: ['cannot be negative', '"2048"'],
      },
      {
        what: 'memory beyond a 32-bit whole number',
        input: variant('sleep10', [MEMORY, '999999999999999999999']),
        path: MEMORY,
        code: 'resource-value',
        says: ['too large', '2147483647'],
      },
      {
        what: 'a word for VCPU',
        input: variant('sleep10', [VCPU, 'one']),
        path: VCPU,
        code: 'resource-value',
        says: ['"1"'],
      },
      {
        what: 'fractional memory',
        input: variant('sleep10', [MEMORY, '128.5']),
        path: MEMORY,
        code: 'resource-value',
        says: ['whole number of MiB', 'at least 4'],
      },
      {
        what: 'memory below 4 MiB',
        input: variant('sleep10', [MEMORY, '2']),
        path: MEMORY,
        code: 'resource-value',
        says: ['at least 4', '"2048"'],
      },
      {
        what: 'no GPU at all',
        input: variant('sleep10', [[...REQ, 2], { type: 'GPU', value: '0' }]),
        path: [...REQ, 2, 'value'],
        code: 'resource-value',
        says: ['at least 1'],
      },
      {
        what: 'half a GPU',
        input: variant('sleep10', [[...REQ, 2], { type: 'GPU', value: '0.5' }]),
        path: [...REQ, 2, 'value'],
        code: 'resource-value',
        says: ['whole number of GPUs'],
      },
      {
        what: 'zero vCPUs',
        input: variant('sleep10', [VCPU, '0']),
        path: VCPU,
        code: 'resource-value',
        says: ['more than 0'],
      },
      {
        what: 'a bad value in a task container',
        input: variant('fargate-ecs-multi-container', [
          [...TASK, 'containers', 2, 'resourceRequirements', 1, 'value'],
          '3 GB',
        ]),
        path: [...TASK, 'containers', 2, 'resourceRequirements', 1, 'value'],
        code: 'resource-value',
        says: ['"2048"'],
      },
    ]),
  )('flags %s', (_what, row) => {
    expectFlagged(resourceValues, row);
  });
});

describe('legacyResources', () => {
  const legacyOnly = variant(
    'sleep10',
    [[...REQ], undefined],
    [[C, 'vcpus'], 2],
    [[C, 'memory'], 2048],
  );

  it.each(
    named<Passed>([
      { what: 'resourceRequirements alone', input: variant('sleep10') },
      {
        what: 'a GPU entry beside vcpus and memory',
        input: variant(
          'sleep10',
          [[...REQ], [{ type: 'GPU', value: '1' }]],
          [[C, 'vcpus'], 2],
          [[C, 'memory'], 2048],
        ),
      },
    ]),
  )('raises no error for %s', (_what, { input }) => {
    expect(
      ruleIssues(legacyResources, input).filter((i) => i.severity === 'error'),
    ).toEqual([]);
  });

  it.each(
    named<Flagged>([
      {
        what: 'vcpus as deprecated, with its replacement',
        input: legacyOnly,
        path: [C, 'vcpus'],
        code: 'deprecated',
        severity: 'warning',
        says: ['deprecated', '{"type": "VCPU", "value": "2"}'],
      },
      {
        what: 'memory as deprecated, with its replacement',
        input: legacyOnly,
        path: [C, 'memory'],
        code: 'deprecated',
        severity: 'warning',
        says: ['deprecated', '{"type": "MEMORY", "value": "2048"}'],
      },
      {
        what: 'vcpus in a node range container',
        input: variant(
          'multinode-ec2-nested-ranges',
          [[...RANGE_1, 'resourceRequirements'], undefined],
          [[...RANGE_1, 'vcpus'], 32],
        ),
        path: [...RANGE_1, 'vcpus'],
        code: 'deprecated',
        severity: 'warning',
        says: ['"value": "32"'],
      },
      {
        what: 'vcpus beside a VCPU entry',
        input: variant('sleep10', [[C, 'vcpus'], 1]),
        path: [C, 'vcpus'],
        code: 'legacy-resources',
        says: ['both given', 'remove vcpus'],
      },
      {
        what: 'memory beside a MEMORY entry',
        input: variant('sleep10', [[C, 'memory'], 128]),
        path: [C, 'memory'],
        code: 'legacy-resources',
        says: ['remove memory'],
      },
      {
        what: 'vcpus on Fargate',
        input: variant('fargate-container', [[C, 'vcpus'], 1]),
        path: [C, 'vcpus'],
        code: 'legacy-resources',
        says: [
          'Fargate does not accept vcpus',
          'VCPU entry in resourceRequirements',
        ],
      },
    ]),
  )('flags %s', (_what, row) => {
    expectFlagged(legacyResources, row);
  });
});

describe('gpuImageWithoutGpu', () => {
  const IMAGE = [C, 'image'];

  it.each(
    named<Passed>([
      { what: 'a plain image', input: variant('sleep10') },
      {
        what: 'a CUDA image with a GPU reserved',
        input: variant(
          'sleep10',
          [IMAGE, 'nvidia/cuda:12.4.1-base-ubuntu22.04'],
          [[...REQ, 2], { type: 'GPU', value: '1' }],
        ),
      },
      {
        what: 'a name that only contains the letters gpu',
        input: variant('sleep10', [IMAGE, 'example/gpustat:1.1']),
      },
      {
        what: 'a GPU image on Fargate, where other rules apply',
        input: variant('fargate-container', [
          IMAGE,
          'nvidia/cuda:12.4.1-base-ubuntu22.04',
        ]),
      },
    ]),
  )('accepts %s', (_what, { input }) => {
    expect(ruleIssues(gpuImageWithoutGpu, input)).toEqual([]);
  });

  it.each(
    named<Flagged>([
      {
        what: 'a CUDA image without a GPU',
        input: variant('sleep10', [
          IMAGE,
          'nvidia/cuda:12.4.1-base-ubuntu22.04',
        ]),
        path: IMAGE,
        code: 'gpu-not-reserved',
        severity: 'warning',
        says: ['{"type": "GPU", "value": "1"}'],
      },
      {
        what: 'a -gpu tag without a GPU',
        input: variant('sleep10', [IMAGE, 'example/trainer:2.1-gpu']),
        path: IMAGE,
        code: 'gpu-not-reserved',
        severity: 'warning',
        says: ['no GPU is reserved'],
      },
    ]),
  )('flags %s', (_what, row) => {
    expectFlagged(gpuImageWithoutGpu, row);
  });
});
