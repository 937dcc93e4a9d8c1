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
import { ecsVolumes } from './volumes';

const C = 'containerProperties';
const TASK = ['ecsProperties', 'taskProperties', 0];
// ec2-container-volumes: volume 0 "scratch" (host), volume 1
// "shared-references" (EFS through an access point, with IAM).
const EFS = [C, 'volumes', 1, 'efsVolumeConfiguration'];
const efsVolume = {
  name: 'shared',
  efsVolumeConfiguration: {
    fileSystemId: 'fs-0123456789abcdef0',
    transitEncryption: 'ENABLED',
    authorizationConfig: { iam: 'ENABLED' },
  },
};

const ec2 = (...changes: Change[]) =>
  variant('ec2-container-volumes', ...changes);
const fargateTask = (...changes: Change[]) =>
  variant(
    'fargate-ecs-multi-container',
    [[...TASK, 'volumes', 1], efsVolume],
    ...changes,
  );

function expectFlagged(rule: Rule, row: Flagged): void {
  const issues = ruleIssues(rule, row.input);
  const issue = issueAt(issues, row.path, row.code);

  expect(issue, JSON.stringify(issues, null, 2)).toBeDefined();
  expect(issue?.severity).toBe(row.severity ?? 'error');
  for (const text of row.says) expect(issue?.message).toContain(text);
}

describe('ecsVolumes', () => {
  it.each(
    named<Passed>([
      {
        what: 'host and EFS volumes with an access point and IAM',
        input: ec2(),
      },
      {
        what: 'a task volume shared by two containers',
        input: variant('fargate-ecs-multi-container'),
      },
      { what: 'EFS with IAM on a task with a task role', input: fargateTask() },
      {
        what: 'EFS on Fargate with platform LATEST',
        input: fargateTask([[...TASK, 'platformVersion'], 'LATEST']),
      },
      {
        what: 'EFS on Fargate with platform 1.4.0',
        input: fargateTask([[...TASK, 'platformVersion'], '1.4.0']),
      },
      {
        what: 'an access point with rootDirectory "/"',
        input: ec2([[...EFS, 'rootDirectory'], '/']),
      },
      {
        what: 'a root directory without an access point',
        input: ec2(
          [[...EFS, 'authorizationConfig'], undefined],
          [[...EFS, 'rootDirectory'], '/references'],
        ),
      },
      {
        what: 'an S3 Files volume',
        input: ec2([
          [C, 'volumes', 1],
          {
            name: 'shared-references',
            s3filesVolumeConfiguration: {
              fileSystemArn:
                'arn:aws:s3files:us-east-1:123456789012:file-system/fs-1',
            },
          },
        ]),
      },
      {
        what: 'an empty source volume, left to the placeholder rule',
        input: ec2([[C, 'mountPoints', 0, 'sourceVolume'], '']),
      },
      {
        what: 'volumes and mounts without names, which the schema reports',
        input: ec2(
          [[C, 'volumes', 0, 'name'], undefined],
          [[C, 'mountPoints', 0, 'sourceVolume'], undefined],
        ),
      },
    ]),
  )('accepts %s', (_what, { input }) => {
    expect(ruleIssues(ecsVolumes, input)).toEqual([]);
  });

  it.each(
    named<Flagged>([
      {
        what: 'two volumes of one name',
        input: ec2([[C, 'volumes', 1, 'name'], 'scratch']),
        path: [C, 'volumes', 1, 'name'],
        code: 'volume-name',
        says: ['already named "scratch"'],
      },
      {
        what: 'a volume with two sources',
        input: ec2([
          [C, 'volumes', 0, 'efsVolumeConfiguration'],
          { fileSystemId: 'fs-1' },
        ]),
        path: [C, 'volumes', 0],
        code: 'volume-source',
        severity: 'warning',
        says: ['one source, not host and efsVolumeConfiguration'],
      },
      {
        what: 'a mount of a missing volume',
        input: ec2([[C, 'mountPoints', 0, 'sourceVolume'], 'tmp']),
        path: [C, 'mountPoints', 0, 'sourceVolume'],
        code: 'mount-source',
        says: [
          'No volume is named "tmp"',
          'use one of scratch, shared-references',
        ],
      },
      {
        what: 'a mount with no volumes at all',
        input: variant('sleep10', [
          [C, 'mountPoints'],
          [{ sourceVolume: 'data', containerPath: '/data' }],
        ]),
        path: [C, 'mountPoints', 0, 'sourceVolume'],
        code: 'mount-source',
        says: ['add it to volumes'],
      },
      {
        what: 'a task container mounting a missing volume',
        input: variant('fargate-ecs-multi-container', [
          [...TASK, 'containers', 2, 'mountPoints', 0, 'sourceVolume'],
          'scratch',
        ]),
        path: [...TASK, 'containers', 2, 'mountPoints', 0, 'sourceVolume'],
        code: 'mount-source',
        says: ['use one of work'],
      },
      {
        what: 'an access point under a root directory',
        input: ec2([[...EFS, 'rootDirectory'], '/references']),
        path: [...EFS, 'rootDirectory'],
        code: 'efs',
        says: ['leave rootDirectory out or set it to "/"'],
      },
      {
        what: 'an access point without transit encryption',
        input: ec2(
          [[...EFS, 'transitEncryption'], undefined],
          [[...EFS, 'authorizationConfig', 'iam'], undefined],
        ),
        path: [...EFS, 'transitEncryption'],
        code: 'efs',
        says: ['access point needs transitEncryption set to "ENABLED"'],
      },
      {
        what: 'IAM without transit encryption',
        input: ec2(
          [[...EFS, 'transitEncryption'], 'DISABLED'],
          [[...EFS, 'authorizationConfig', 'accessPointId'], undefined],
        ),
        path: [...EFS, 'transitEncryption'],
        code: 'efs',
        says: ['IAM authorisation needs transitEncryption set to "ENABLED"'],
      },
      {
        what: 'IAM without a job role',
        input: ec2([[C, 'jobRoleArn'], undefined]),
        path: [...EFS, 'authorizationConfig', 'iam'],
        code: 'efs',
        says: ['add jobRoleArn'],
      },
      {
        what: 'IAM without a task role',
        input: fargateTask([[...TASK, 'taskRoleArn'], undefined]),
        path: [
          ...TASK,
          'volumes',
          1,
          'efsVolumeConfiguration',
          'authorizationConfig',
          'iam',
        ],
        code: 'efs',
        says: ['add taskRoleArn'],
      },
      {
        what: 'EFS on Fargate platform 1.3.0',
        input: fargateTask([[...TASK, 'platformVersion'], '1.3.0']),
        path: [...TASK, 'volumes', 1, 'efsVolumeConfiguration'],
        code: 'efs',
        says: ['platform version 1.4.0 or LATEST'],
      },
      {
        what: 'EFS on a Fargate container at 1.3.0',
        input: variant(
          'fargate-container',
          [[C, 'fargatePlatformConfiguration', 'platformVersion'], '1.3.0'],
          [[C, 'volumes'], [efsVolume]],
        ),
        path: [C, 'volumes', 0, 'efsVolumeConfiguration'],
        code: 'efs',
        says: ['1.4.0 or LATEST'],
      },
    ]),
  )('flags %s', (_what, row) => {
    expectFlagged(ecsVolumes, row);
  });
});
