import { isDeepStrictEqual } from 'node:util';

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { FIXTURE_NAMES, fixture } from '../fixtures';
import { propertyRuns } from '../fixtures/property-runs';
import { CLOUDFORMATION_KEYS, REQUEST_KEYS } from './detect-shape';
import { normalizePaste } from './normalize-paste';

const SHAPE_KEYS = [
  ...REQUEST_KEYS,
  ...CLOUDFORMATION_KEYS,
  'jobDefinitions',
  'jobDefinitionArn',
  'revision',
  'status',
  'nextToken',
  'Resources',
  'Type',
  'Properties',
  'Ref',
  'Fn::Sub',
  '__proto__',
];
const key = fc.oneof(
  fc.constantFrom(...SHAPE_KEYS),
  fc.string({ maxLength: 6 }),
);
const { json } = fc.letrec<{ json: unknown }>((tie) => ({
  json: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.oneof(
      fc.constant(null),
      fc.boolean(),
      fc.integer(),
      fc.string({ maxLength: 6 }),
      fc.constantFrom('', 'INACTIVE', 'ACTIVE', 'AWS::Batch::JobDefinition'),
    ),
    fc.array(tie('json'), { maxLength: 3 }),
    fc.dictionary(key, tie('json'), { maxKeys: 5, noNullPrototype: true }),
  ),
}));

const pascal = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);
const MAPS = new Set([
  'tags',
  'parameters',
  'options',
  'labels',
  'annotations',
  'limits',
  'requests',
]);

/** A request written the way a CloudFormation template writes its properties. */
function asCloudFormation(value: unknown, keepKeys = false): unknown {
  if (Array.isArray(value)) return value.map((item) => asCloudFormation(item));
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([name, inner]) => [
      keepKeys ? name : pascal(name),
      asCloudFormation(inner, MAPS.has(name)),
    ]),
  );
}

const request = fc.constantFrom(...FIXTURE_NAMES).map((name) => fixture(name));
const pasted = fc.oneof(
  json,
  request,
  fc.tuple(request, fc.integer({ min: 1, max: 9 })).map(([body, revision]) => ({
    jobDefinitions: [
      {
        ...body,
        jobDefinitionArn: `arn:aws:batch:us-east-1:123456789012:job-definition/x:${revision}`,
        revision,
        status: 'ACTIVE',
      },
    ],
  })),
  request.map((body) => ({
    Type: 'AWS::Batch::JobDefinition',
    Properties: asCloudFormation(body),
  })),
  request.map((body) => ({
    Resources: {
      Job: {
        Type: 'AWS::Batch::JobDefinition',
        Properties: asCloudFormation(body),
      },
    },
  })),
);

describe('normalizePaste on random pastes', () => {
  it('is idempotent: normalising its own output changes nothing', () => {
    fc.assert(
      fc.property(pasted, (value) => {
        const once = normalizePaste(value).request;
        const twice = normalizePaste(once).request;

        expect(
          isDeepStrictEqual(twice, once),
          `${JSON.stringify(once)} became ${JSON.stringify(twice)}`,
        ).toBe(true);
      }),
      propertyRuns(800),
    );
  });

  it('turns every recognised fixture paste back into the fixture', () => {
    const paste = fc.constantFrom(...FIXTURE_NAMES).chain((name) =>
      fc
        .constantFrom(
          {
            Type: 'AWS::Batch::JobDefinition',
            Properties: asCloudFormation(fixture(name)),
          },
          {
            jobDefinitions: [
              { ...fixture(name), revision: 3, status: 'ACTIVE' },
            ],
          },
          fixture(name),
        )
        .map((value) => [name, value] as const),
    );
    fc.assert(
      fc.property(paste, ([name, value]) => {
        expect(normalizePaste(value).request).toEqual(fixture(name));
      }),
      propertyRuns(60),
    );
  });
});
