import { describe, expect, it } from 'vitest';

import type { Issue, IssuePath } from '@/model/issue';

import { checkText } from './check-text';

function issueAt(
  path: IssuePath,
  code = 'invalid',
): (request: unknown) => Issue[] {
  return () => [{ path, code, severity: 'error', message: 'Wrong.' }];
}

const REQUEST = `{
  "jobDefinitionName": "sleep",
  "type": "container",
  "containerProperties": {
    "image": "busybox",
    "imagee": "typo"
  }
}`;

const DESCRIBE = `{
  "jobDefinitions": [
    {
      "jobDefinitionName": "sleep",
      "jobDefinitionArn": "arn:aws:batch:eu-west-1:123456789012:job-definition/sleep:1",
      "revision": 1,
      "type": "container",
      "containerProperties": { "image": "busybox" }
    }
  ]
}`;

const CLOUDFORMATION = `{
  "Resources": {
    "Job": {
      "Type": "AWS::Batch::JobDefinition",
      "Properties": {
        "Type": "container",
        "ContainerProperties": {
          "Image": { "Fn::Sub": "\${Repo}:latest" },
          "Vcpus": 1
        }
      }
    }
  }
}`;

describe('checkText', () => {
  it.each([
    {
      name: 'a request',
      text: REQUEST,
      path: ['containerProperties', 'image'],
      code: 'invalid',
      line: 5,
      column: 14,
    },
    {
      name: 'a request, unknown key',
      text: REQUEST,
      path: ['containerProperties', 'imagee'],
      code: 'unknown-field',
      line: 6,
      column: 5,
    },
    {
      name: 'a request, missing field',
      text: REQUEST,
      path: ['containerProperties', 'command'],
      code: 'required',
      line: 4,
      column: 26,
    },
    {
      name: 'describe output',
      text: DESCRIBE,
      path: ['containerProperties', 'image'],
      code: 'invalid',
      line: 8,
      column: 41,
    },
    {
      name: 'CloudFormation',
      text: CLOUDFORMATION,
      path: ['containerProperties', 'vcpus'],
      code: 'invalid',
      line: 9,
      column: 20,
    },
  ])(
    'places an issue of $name in the original text at $line:$column',
    ({ text, path, code, line, column }) => {
      const report = checkText('job.json', text, issueAt(path, code));

      expect(report.issues).toEqual([
        {
          severity: 'error',
          path: path.join('.'),
          message: 'Wrong.',
          code,
          line,
          column,
        },
      ]);
    },
  );

  it('reports a syntax error with its place, and nothing else', () => {
    const report = checkText('job.json', '{\n  "a": 1,\n}', issueAt([]));

    expect(report).toEqual({
      file: 'job.json',
      shape: null,
      parseError: {
        message: 'Trailing comma before }: delete the comma',
        line: 2,
        column: 9,
      },
      issues: [],
      notices: [],
    });
  });

  it('places notices in the original text', () => {
    const report = checkText('job.json', DESCRIBE, () => []);

    expect(report.shape).toBe('describe');
    expect(
      report.notices.find((n) => n.path === 'jobDefinitions[0].revision'),
    ).toMatchObject({
      kind: 'stripped',
      line: 6,
      column: 19,
    });
  });

  it('leaves out issues on values CloudFormation resolves, and says so', () => {
    const report = checkText(
      'job.json',
      CLOUDFORMATION,
      issueAt(['containerProperties', 'image']),
    );

    expect(report.issues).toEqual([]);
    expect(report.notices.map((n) => n.message)).toContain(
      '1 issue on values that CloudFormation resolves was left out.',
    );
  });

  it('sorts issues by their place in the text', () => {
    const check = (): Issue[] => [
      {
        path: ['containerProperties'],
        code: 'x',
        severity: 'warning',
        message: 'B',
      },
      {
        path: ['jobDefinitionName'],
        code: 'x',
        severity: 'error',
        message: 'A',
      },
    ];

    expect(
      checkText('job.json', REQUEST, check).issues.map((i) => i.message),
    ).toEqual(['A', 'B']);
  });
});
