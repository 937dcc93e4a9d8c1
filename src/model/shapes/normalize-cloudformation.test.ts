import { describe, expect, it } from 'vitest';

import { normalizePaste } from './normalize-paste';

const properties = {
  JobDefinitionName: 'etl',
  Type: 'container',
  Parameters: { InputFile: 's3://bucket/in' },
  Tags: { 'Team/Name': 'Data', CostCenter: { Ref: 'CostCenter' } },
  ResourceRetentionPolicy: { SkipDeregisterOnUpdate: true },
  ContainerProperties: {
    Image: {
      'Fn::Sub': '${AWS::AccountId}.dkr.ecr.eu-west-1.amazonaws.com/etl',
    },
    ResourceRequirements: [{ Type: 'VCPU', Value: '1' }],
    EphemeralStorage: { SizeInGiB: 30 },
    LogConfiguration: {
      LogDriver: 'awslogs',
      Options: { 'awslogs-group': 'etl', Mode: 'non-blocking' },
    },
  },
};

const converted = {
  jobDefinitionName: 'etl',
  type: 'container',
  parameters: { InputFile: 's3://bucket/in' },
  tags: { 'Team/Name': 'Data', CostCenter: { Ref: 'CostCenter' } },
  containerProperties: {
    image: {
      'Fn::Sub': '${AWS::AccountId}.dkr.ecr.eu-west-1.amazonaws.com/etl',
    },
    resourceRequirements: [{ type: 'VCPU', value: '1' }],
    ephemeralStorage: { sizeInGiB: 30 },
    logConfiguration: {
      logDriver: 'awslogs',
      options: { 'awslogs-group': 'etl', Mode: 'non-blocking' },
    },
  },
};

const resource = { Type: 'AWS::Batch::JobDefinition', Properties: properties };
const template = {
  Parameters: { CostCenter: { Type: 'String' } },
  Resources: {
    Queue: { Type: 'AWS::Batch::JobQueue', Properties: {} },
    EtlJob: resource,
    OtherJob: { Type: 'AWS::Batch::JobDefinition', Properties: {} },
  },
};

describe('normalizePaste with CloudFormation', () => {
  it.each([
    { name: 'bare properties', value: properties, at: [] },
    { name: 'a resource', value: resource, at: ['Properties'] },
    {
      name: 'a template',
      value: template,
      at: ['Resources', 'EtlJob', 'Properties'],
    },
  ])('converts $name to the API names, keeping map keys', ({ value }) => {
    const result = normalizePaste(value);

    expect(result.shape).toBe('cloudformation');
    expect(result.request).toEqual(converted);
  });

  it.each([
    { name: 'bare properties', value: properties, at: [] },
    {
      name: 'a template',
      value: template,
      at: ['Resources', 'EtlJob', 'Properties'],
    },
  ])(
    'reports each intrinsic function in $name at its place',
    ({ value, at }) => {
      const result = normalizePaste(value);
      const infos = result.notices.filter((n) =>
        n.message.includes('AWS Batch cannot'),
      );

      expect(infos.map((n) => n.path)).toEqual([
        [...at, 'Tags', 'CostCenter'],
        [...at, 'ContainerProperties', 'Image'],
      ]);
      expect(infos[1]?.message).toMatch(/^Fn::Sub is left in place/);
      expect(result.unresolvedPaths).toEqual([
        ['tags', 'CostCenter'],
        ['containerProperties', 'image'],
      ]);
    },
  );

  it('removes ResourceRetentionPolicy and says why', () => {
    const result = normalizePaste(resource);
    const notice = result.notices.find((n) => n.kind === 'stripped');

    expect(notice).toMatchObject({
      path: ['Properties', 'ResourceRetentionPolicy'],
    });
    expect(notice?.message).toContain('not part of the Batch API');
  });

  it.each([
    {
      value: template,
      kind: 'picked',
      message:
        'Checking resource EtlJob, the first of 2 AWS::Batch::JobDefinition resources in the template (the others: OtherJob).',
    },
    {
      value: { Resources: { Queue: { Type: 'AWS::Batch::JobQueue' } } },
      kind: 'info',
      message:
        'The template has no AWS::Batch::JobDefinition resource, so there is nothing to check.',
    },
    {
      value: properties,
      kind: 'converted',
      message:
        "Converted 14 CloudFormation property names to the API's camelCase names, such as JobDefinitionName → jobDefinitionName;",
    },
    {
      value: { Type: 'container', ContainerProperties: {} },
      kind: 'info',
      message: 'CloudFormation names a job definition itself',
    },
  ])('adds a $kind notice: $message', ({ value, kind, message }) => {
    const notices = normalizePaste(value).notices.filter(
      (n) => n.kind === kind,
    );

    expect(notices.map((n) => n.message).join('\n')).toContain(message);
  });

  it.each([
    {
      value: properties,
      path: ['containerProperties', 'ephemeralStorage', 'sizeInGiB'],
      source: ['ContainerProperties', 'EphemeralStorage', 'SizeInGiB'],
    },
    {
      value: template,
      path: ['containerProperties', 'resourceRequirements', 0, 'value'],
      source: [
        'Resources',
        'EtlJob',
        'Properties',
        'ContainerProperties',
        'ResourceRequirements',
        0,
        'Value',
      ],
    },
    {
      value: properties,
      path: ['tags', 'Team/Name'],
      source: ['Tags', 'Team/Name'],
    },
    {
      value: properties,
      path: ['containerProperties', 'logConfiguration', 'options', 'Mode'],
      source: ['ContainerProperties', 'LogConfiguration', 'Options', 'Mode'],
    },
    {
      value: properties,
      path: ['containerProperties', 'command'],
      source: ['ContainerProperties', 'command'],
    },
    { value: resource, path: [], source: ['Properties'] },
  ])('maps $path back to $source', ({ value, path, source }) => {
    expect(normalizePaste(value).sourcePath(path)).toEqual(source);
  });

  it('writes numbers as strings where the API wants strings, as CloudFormation does', () => {
    const result = normalizePaste({
      JobDefinitionName: 'cfn',
      Type: 'container',
      ContainerProperties: {
        Image: 'busybox',
        Privileged: false,
        ResourceRequirements: [
          { Type: 'VCPU', Value: 1 },
          { Type: 'MEMORY', Value: 2048 },
        ],
      },
    });

    expect(result.request).toEqual({
      jobDefinitionName: 'cfn',
      type: 'container',
      containerProperties: {
        image: 'busybox',
        privileged: false,
        resourceRequirements: [
          { type: 'VCPU', value: '1' },
          { type: 'MEMORY', value: '2048' },
        ],
      },
    });
    expect(result.notices.map((notice) => notice.message)).toContainEqual(
      expect.stringContaining('Wrote 2 numbers or booleans as strings'),
    );
  });

  it('keeps a __proto__ key as data while converting', () => {
    const value = JSON.parse('{"Type":"container","Tags":{"__proto__":"x"}}');
    const result = normalizePaste(value);
    const tags: unknown = Reflect.get(Object(result.request), 'tags');

    expect(Object.keys(tags ?? {})).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(tags)).toBe(Object.prototype);
  });
});
