import { describe, expect, it } from 'vitest';

import {
  issueAt,
  named,
  ruleIssues,
  type Flagged,
  type Passed,
} from '../fixtures/rule-issues';
import { variant } from '../fixtures/variant';
import { containerContents } from './containers';
import type { Rule } from './context';

const C = 'containerProperties';
const TASK = ['ecsProperties', 'taskProperties', 0];
const TRANSCODE = [...TASK, 'containers', 0];
const RANGE_0 = ['nodeProperties', 'nodeRangeProperties', 0, 'container'];
const SSM = 'arn:aws:ssm:us-east-1:123456789012:parameter/app/token';

function expectFlagged(rule: Rule, row: Flagged): void {
  const issues = ruleIssues(rule, row.input);
  const issue = issueAt(issues, row.path, row.code);

  expect(issue, JSON.stringify(issues, null, 2)).toBeDefined();
  expect(issue?.severity).toBe(row.severity ?? 'error');
  for (const text of row.says) expect(issue?.message).toContain(text);
}

describe('containerContents', () => {
  it.each(
    named<Passed>([
      {
        what: 'an EC2 container with secrets and an execution role',
        input: variant('ec2-container-volumes'),
      },
      {
        what: 'a Fargate task of several containers',
        input: variant('fargate-ecs-multi-container'),
      },
      {
        what: 'an image pinned by digest',
        input: variant('sleep10', [
          [C, 'image'],
          `public.ecr.aws/docker/library/busybox@sha256:${'a'.repeat(64)}`,
        ]),
      },
      {
        what: 'one variable name in two containers',
        input: variant('large-ecs-under-quota'),
      },
      {
        what: 'a Secrets Manager ARN with a JSON key',
        input: variant('ec2-container-volumes', [
          [C, 'secrets', 0, 'valueFrom'],
          'arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf:password::',
        ]),
      },
      {
        what: 'secrets on Fargate, whose role another rule requires',
        input: variant('fargate-container', [
          [C, 'executionRoleArn'],
          undefined,
        ]),
      },
      {
        what: 'an empty image, left to the placeholder rule',
        input: variant('sleep10', [[C, 'image'], '']),
      },
      {
        what: 'a variable without a name, which the schema allows',
        input: variant('ec2-container-volumes', [
          [C, 'environment', 0, 'name'],
          undefined,
        ]),
      },
    ]),
  )('accepts %s', (_what, { input }) => {
    expect(ruleIssues(containerContents, input)).toEqual([]);
  });

  it.each(
    named<Flagged>([
      {
        what: 'a container without an image',
        input: variant('sleep10', [[C, 'image'], undefined]),
        path: [C, 'image'],
        code: 'image-missing',
        says: ['Required: add the image'],
      },
      {
        what: 'a node range container without an image',
        input: variant('multinode-ec2-nested-ranges', [
          [...RANGE_0, 'image'],
          undefined,
        ]),
        path: [...RANGE_0, 'image'],
        code: 'image-missing',
        says: ['add the image'],
      },
      {
        what: 'an image over 255 characters',
        input: variant('sleep10', [[C, 'image'], `example/${'a'.repeat(250)}`]),
        path: [C, 'image'],
        code: 'image',
        says: ['at most 255 characters'],
      },
      {
        what: 'an image with a placeholder',
        input: variant('sleep10', [
          [C, 'image'],
          '<dockerhub-user>/bwa:latest',
        ]),
        path: [C, 'image'],
        code: 'image',
        severity: 'warning',
        says: [
          'not a valid image reference',
          '"public.ecr.aws/docker/library/busybox:latest"',
        ],
      },
      {
        what: 'a reserved variable name',
        input: variant('ec2-container-volumes', [
          [C, 'environment', 1, 'name'],
          'AWS_BATCH_JOB_ATTEMPT',
        ]),
        path: [C, 'environment', 1, 'name'],
        code: 'reserved-env',
        says: ['reserved for AWS Batch', 'rename the variable'],
      },
      {
        what: 'a reserved variable in a task container',
        input: variant('managed-instances-ecs', [
          [...TRANSCODE, 'environment'],
          [{ name: 'AWS_BATCH_CE_NAME', value: 'x' }],
        ]),
        path: [...TRANSCODE, 'environment', 0, 'name'],
        code: 'reserved-env',
        says: ['reserved for AWS Batch'],
      },
      {
        what: 'a variable set twice',
        input: variant('ec2-container-volumes', [
          [C, 'environment', 1, 'name'],
          'OUTPUT_PREFIX',
        ]),
        path: [C, 'environment', 1, 'name'],
        code: 'duplicate-env',
        severity: 'warning',
        says: ['OUTPUT_PREFIX is set twice'],
      },
      {
        what: 'a secret given by bare name',
        input: variant('ec2-container-volumes', [
          [C, 'secrets', 0, 'valueFrom'],
          'license-key',
        ]),
        path: [C, 'secrets', 0, 'valueFrom'],
        code: 'secret-arn',
        severity: 'warning',
        says: ['SSM parameter in the same Region'],
      },
      {
        what: 'a log secret given by bare name',
        input: variant('ec2-container-volumes', [
          [C, 'logConfiguration', 'secretOptions'],
          [{ name: 'token', valueFrom: 'splunk-token' }],
        ]),
        path: [C, 'logConfiguration', 'secretOptions', 0, 'valueFrom'],
        code: 'secret-arn',
        severity: 'warning',
        says: ['Not a Secrets Manager or SSM parameter ARN'],
      },
      {
        what: 'secrets without an execution role',
        input: variant('ec2-container-volumes', [
          [C, 'executionRoleArn'],
          undefined,
        ]),
        path: [C, 'secrets'],
        code: 'secrets-execution-role',
        says: ['add executionRoleArn'],
      },
      {
        what: 'log secrets without an execution role',
        input: variant('sleep10', [
          [C, 'logConfiguration'],
          {
            logDriver: 'splunk',
            secretOptions: [{ name: 'splunk-token', valueFrom: SSM }],
          },
        ]),
        path: [C, 'logConfiguration', 'secretOptions'],
        code: 'secrets-execution-role',
        says: ['execution role that can read them'],
      },
      {
        what: 'task secrets without a task execution role',
        input: variant(
          'managed-instances-ecs',
          [[...TASK, 'executionRoleArn'], undefined],
          [[...TRANSCODE, 'secrets'], [{ name: 'TOKEN', valueFrom: SSM }]],
        ),
        path: [...TRANSCODE, 'secrets'],
        code: 'secrets-execution-role',
        says: ['add executionRoleArn'],
      },
    ]),
  )('flags %s', (_what, row) => {
    expectFlagged(containerContents, row);
  });
});
