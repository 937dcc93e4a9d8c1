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
// eks-init-containers-volumes: volumes 0 models (emptyDir), 1 scratch
// (emptyDir in memory), 2 node-cache (hostPath), 3 secret, 4 claim.
const VOLUME = (index: number) => [...POD, 'volumes', index];
const META = [...POD, 'metadata'];
const NAMESPACE = [...META, 'namespace'];
const ANNOTATIONS = [...META, 'annotations'];
const NAMESPACE_RULE = '1 to 63 lower-case letters, digits and hyphens';

const pod = (...changes: Change[]) =>
  variant('eks-init-containers-volumes', ...changes);

function expectFlagged(row: Flagged): void {
  const issues = ruleIssues(eksPod, row.input);
  const issue = issueAt(issues, row.path, row.code);

  expect(issue, JSON.stringify(issues, null, 2)).toBeDefined();
  expect(issue?.severity).toBe(row.severity ?? 'error');
  for (const text of row.says) expect(issue?.message).toContain(text);
}

describe('eksPod volumes', () => {
  it.each(
    named<Passed>([
      {
        what: 'emptyDir, hostPath, secret and persistentVolumeClaim volumes',
        input: pod(),
      },
      {
        what: 'a dotted volume name',
        input: pod(
          [[...VOLUME(0), 'name'], 'models.v2'],
          [[...POD, 'containers', 0, 'volumeMounts', 0, 'name'], 'models.v2'],
          [
            [...POD, 'initContainers', 0, 'volumeMounts', 0, 'name'],
            'models.v2',
          ],
        ),
      },
      {
        what: 'an empty emptyDir',
        input: pod([[...VOLUME(0), 'emptyDir'], {}]),
      },
    ]),
  )('accepts %s', (_what, { input }) => {
    expect(ruleIssues(eksPod, input)).toEqual([]);
  });

  it.each(
    named<Flagged>([
      {
        what: 'a volume without a source',
        input: pod([[...VOLUME(2), 'hostPath'], undefined]),
        path: VOLUME(2),
        code: 'eks-volume',
        says: [
          'Give the volume a source',
          'hostPath, emptyDir, secret, persistentVolumeClaim',
        ],
      },
      {
        what: 'a volume with two sources',
        input: pod([[...VOLUME(2), 'emptyDir'], {}]),
        path: VOLUME(2),
        code: 'eks-volume',
        says: ['one source, not hostPath and emptyDir'],
      },
      {
        what: 'two volumes of one name',
        input: pod([[...VOLUME(1), 'name'], 'models']),
        path: [...VOLUME(1), 'name'],
        code: 'eks-volume',
        says: ['Another volume of this pod is named "models"'],
      },
      {
        what: 'a volume name with capitals',
        input: pod([[...VOLUME(4), 'name'], 'Results']),
        path: [...VOLUME(4), 'name'],
        code: 'eks-volume',
        severity: 'warning',
        says: ['lower-case letters, digits, "-" and "."'],
      },
      {
        what: 'a volume name with an underscore',
        input: pod([[...VOLUME(4), 'name'], 'backfill_results']),
        path: [...VOLUME(4), 'name'],
        code: 'eks-volume',
        severity: 'warning',
        says: ['starting and ending with a letter or digit'],
      },
    ]),
  )('flags %s', (_what, row) => {
    expectFlagged(row);
  });
});

describe('eksPod metadata and pull secrets', () => {
  it.each(
    named<Passed>([
      {
        what: 'a namespace of 63 characters',
        input: pod([NAMESPACE, `b${'-'.repeat(61)}b`]),
      },
      { what: 'no metadata', input: pod([META, undefined]) },
      {
        what: 'an annotation without a prefix',
        input: pod([ANNOTATIONS, { owner_team: 'ml' }]),
      },
      {
        what: 'an annotation name of 63 characters',
        input: pod([ANNOTATIONS, { [`example.com/${'a'.repeat(63)}`]: 'x' }]),
      },
      {
        what: 'an annotation value of 255 characters',
        input: pod([ANNOTATIONS, { note: 'n'.repeat(255) }]),
      },
      {
        what: 'a dotted pull secret name',
        input: pod([
          [...POD, 'imagePullSecrets', 0, 'name'],
          'registry.example-com',
        ]),
      },
    ]),
  )('accepts %s', (_what, { input }) => {
    expect(ruleIssues(eksPod, input)).toEqual([]);
  });

  it.each(
    named<Flagged>([
      {
        what: 'a namespace with capitals',
        input: pod([NAMESPACE, 'Batch-Jobs']),
        path: NAMESPACE,
        code: 'eks-namespace',
        says: [NAMESPACE_RULE],
      },
      {
        what: 'a namespace with an underscore',
        input: pod([NAMESPACE, 'batch_jobs']),
        path: NAMESPACE,
        code: 'eks-namespace',
        says: [NAMESPACE_RULE],
      },
      {
        what: 'a namespace ending in a hyphen',
        input: pod([NAMESPACE, 'batch-']),
        path: NAMESPACE,
        code: 'eks-namespace',
        says: ['starting and ending with a letter or digit'],
      },
      {
        what: 'a namespace of 64 characters',
        input: pod([NAMESPACE, 'b'.repeat(64)]),
        path: NAMESPACE,
        code: 'eks-namespace',
        says: [NAMESPACE_RULE],
      },
      {
        what: 'the default namespace',
        input: pod([NAMESPACE, 'default']),
        path: NAMESPACE,
        code: 'eks-namespace',
        says: ['cannot use the "default" namespace'],
      },
      {
        what: 'a kube namespace',
        input: pod([NAMESPACE, 'kube-system']),
        path: NAMESPACE,
        code: 'eks-namespace',
        says: ['starting with "kube"'],
      },
      {
        what: 'an annotation prefix with capitals',
        input: pod([ANNOTATIONS, { 'Example.com/owner': 'ml' }]),
        path: [...ANNOTATIONS, 'Example.com/owner'],
        code: 'eks-annotation',
        says: ['optional DNS prefix and "/"'],
      },
      {
        what: 'an annotation name with a space',
        input: pod([ANNOTATIONS, { 'cost center': 'x' }]),
        path: [...ANNOTATIONS, 'cost center'],
        code: 'eks-annotation',
        says: ['letters, digits, "-", "_" and "."'],
      },
      {
        what: 'an annotation name of 64 characters',
        input: pod([ANNOTATIONS, { ['a'.repeat(64)]: 'x' }]),
        path: [...ANNOTATIONS, 'a'.repeat(64)],
        code: 'eks-annotation',
        says: ['up to 63'],
      },
      {
        what: 'an annotation name ending in a dot',
        input: pod([ANNOTATIONS, { 'owner.': 'x' }]),
        path: [...ANNOTATIONS, 'owner.'],
        code: 'eks-annotation',
        says: ['starting and ending with a letter or digit'],
      },
      {
        what: 'an annotation value over 255 characters',
        input: pod([ANNOTATIONS, { note: 'n'.repeat(256) }]),
        path: [...ANNOTATIONS, 'note'],
        code: 'eks-annotation',
        says: ['at most 255 characters'],
      },
      {
        what: 'a pull secret name with capitals',
        input: pod([
          [...POD, 'imagePullSecrets', 0, 'name'],
          'RegistryCredentials',
        ]),
        path: [...POD, 'imagePullSecrets', 0, 'name'],
        code: 'eks-name',
        says: ['lower-case letters, digits, "-" and "."', 'up to 253'],
      },
    ]),
  )('flags %s', (_what, row) => {
    expectFlagged(row);
  });
});
