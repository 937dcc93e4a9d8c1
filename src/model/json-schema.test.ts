import { describe, expect, it } from 'vitest';

import { isObject, type JsonObject } from './fixtures';
import { jobDefinitionJsonSchema } from './json-schema';

interface Node {
  /** Where the schema sits in a request, such as `containerProperties.volumes[]`. */
  readonly path: string;
  /** The schema with `$ref` and single-element `allOf` resolved. */
  readonly schema: JsonObject;
  /** The description of the property, from the property or what it refers to. */
  readonly description: unknown;
}

const root = jobDefinitionJsonSchema();
const definitions = isObject(root.definitions) ? root.definitions : {};

/** Follows `$ref` and `allOf: [one]`, keeping the first description met. */
function resolve(schema: JsonObject): {
  schema: JsonObject;
  description: unknown;
} {
  let current = schema;
  let description = schema.description;
  for (let hops = 0; hops < 10; hops += 1) {
    const ref = current.$ref;
    const [only] = Array.isArray(current.allOf) ? current.allOf : [];
    let next: unknown;
    if (typeof ref === 'string') {
      next = definitions[ref.replace('#/definitions/', '')];
    } else if (current.allOf && isObject(only)) {
      next = only;
    } else {
      break;
    }
    if (!isObject(next))
      throw new Error(`Dangling reference at ${String(ref)}`);
    current = next;
    description ??= current.description;
  }
  return { schema: current, description };
}

/** Every property schema of the request, at every depth. */
function walk(schema: JsonObject, path: string, into: Node[] = []): Node[] {
  const { schema: resolved, description } = resolve(schema);
  into.push({ path, schema: resolved, description });
  if (isObject(resolved.properties)) {
    for (const [key, child] of Object.entries(resolved.properties)) {
      if (isObject(child)) walk(child, path ? `${path}.${key}` : key, into);
    }
  }
  if (isObject(resolved.items)) walk(resolved.items, `${path}[]`, into);
  return into;
}

const nodes = walk(root, '');
const objects = nodes.filter((node) => node.schema.type === 'object');

// Required members of the SDK model (reference §3.1, fields marked *).
const REQUIRED: readonly [RegExp, readonly string[]][] = [
  [/^$/, ['jobDefinitionName', 'type']],
  [/^nodeProperties$/, ['mainNode', 'nodeRangeProperties', 'numNodes']],
  [/nodeRangeProperties\[\]$/, ['targetNodes']],
  [/ulimits\[\]$/, ['hardLimit', 'name', 'softLimit']],
  [/resourceRequirements\[\]$/, ['type', 'value']],
  [/(secrets|secretOptions)\[\]$/, ['name', 'valueFrom']],
  [/efsVolumeConfiguration$/, ['fileSystemId']],
  [/s3filesVolumeConfiguration$/, ['fileSystemArn']],
  [/devices\[\]$/, ['hostPath']],
  [/tmpfs\[\]$/, ['containerPath', 'size']],
  [/logConfiguration$/, ['logDriver']],
  [/ephemeralStorage$/, ['sizeInGiB']],
  [/repositoryCredentials$/, ['credentialsParameter']],
  [/ecsProperties$/, ['taskProperties']],
  [/taskProperties\[\]$/, ['containers']],
  [/(containers|initContainers)\[\]$/, ['image']],
  [/firelensConfiguration$/, ['type']],
  [/env\[\]$/, ['name']],
  [/podProperties\.volumes\[\]$/, ['name']],
  [/podProperties\.volumes\[\]\.secret$/, ['secretName']],
  [/persistentVolumeClaim$/, ['claimName']],
  [/imagePullSecrets\[\]$/, ['name']],
  [/evaluateOnExit\[\]$/, ['action']],
];

// Objects whose keys the user chooses: string to string maps.
const MAPS = [
  'parameters',
  'tags',
  'logConfiguration.options',
  'firelensConfiguration.options',
  'resources.limits',
  'resources.requests',
  'metadata.labels',
  'metadata.annotations',
];

describe('jobDefinitionJsonSchema', () => {
  it('declares JSON Schema draft-07, as Monaco reads it', () => {
    expect(root.$schema).toBe('http://json-schema.org/draft-07/schema#');
  });

  it('walks the whole request, into every definition', () => {
    const paths = nodes.map((node) => node.path);

    expect(paths).toContain(
      'containerProperties.volumes[].efsVolumeConfiguration.authorizationConfig.iam',
    );
    expect(paths).toContain(
      'nodeProperties.nodeRangeProperties[].ecsProperties.taskProperties[].containers[].dependsOn[].condition',
    );
    expect(paths).toContain(
      'eksProperties.podProperties.initContainers[].securityContext.runAsNonRoot',
    );
    expect(paths).toContain(
      'consumableResourceProperties.consumableResourceList[].quantity',
    );
    expect(nodes.length).toBeGreaterThan(400);
  });

  it('describes every property at every depth', () => {
    const undescribed = nodes
      .filter((node) => node.path !== '' && !node.path.endsWith('[]'))
      .filter(
        ({ description }) =>
          typeof description !== 'string' || description.trim() === '',
      )
      .map((node) => node.path);

    expect(undescribed).toEqual([]);
  });

  it('forbids unknown keys on every object that is not a map', () => {
    const open = objects
      .filter((node) => isObject(node.schema.properties))
      .filter((node) => node.schema.additionalProperties !== false)
      .map((node) => node.path);

    expect(open).toEqual([]);
  });

  it('types the values of every map as text', () => {
    const maps = objects.filter((node) => !isObject(node.schema.properties));

    expect(
      maps
        .map((node) => node.path)
        .filter((path) => !MAPS.some((end) => path.endsWith(end))),
    ).toEqual([]);
    for (const map of maps) {
      expect(map.schema.additionalProperties, map.path).toEqual({
        type: 'string',
      });
    }
  });

  it('requires exactly the fields the model requires', () => {
    const mismatches = objects
      .filter((node) => isObject(node.schema.properties))
      .flatMap((node) => {
        const expected =
          REQUIRED.find(([pattern]) => pattern.test(node.path))?.[1] ?? [];
        const actual = Array.isArray(node.schema.required)
          ? [...node.schema.required].sort()
          : [];
        return JSON.stringify(actual) === JSON.stringify(expected)
          ? []
          : [
              `${node.path}: ${actual.join(',')} instead of ${expected.join(',')}`,
            ];
      });

    expect(mismatches).toEqual([]);
  });

  it('lists the job types as an enum', () => {
    const type = nodes.find((node) => node.path === 'type');

    expect(type?.schema.enum).toEqual(['container', 'multinode']);
  });

  it.each(['RETRY', 'EXIT', 'retry', 'Exit'])(
    'lets the retry action %s match its pattern, as the model does',
    (action) => {
      const node = nodes.find(
        (n) => n.path === 'retryStrategy.evaluateOnExit[].action',
      );
      const pattern = node?.schema.pattern;

      expect(typeof pattern).toBe('string');
      expect(new RegExp(String(pattern)).test(action)).toBe(true);
    },
  );

  it('returns the same object on every call', () => {
    expect(jobDefinitionJsonSchema()).toBe(root);
  });
});
