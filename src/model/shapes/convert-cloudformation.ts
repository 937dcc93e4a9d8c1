import type { IssuePath } from '../issue';
import { apiKey, MAP_FIELDS } from './api-key';
import { intrinsicFunction } from './intrinsic-function';
import { isRecord } from './is-record';
import type { Notice } from './notice';
import { setOwn } from './set-own';

const CLOUDFORMATION_ONLY: Record<string, string> = {
  ResourceRetentionPolicy:
    'it tells CloudFormation whether to deregister old revisions and is not part of the Batch API',
};

/** The converted request and what the conversion did. */
export interface Conversion {
  readonly request: unknown;
  readonly notices: Notice[];
  /** Paths in the request of intrinsic function values. */
  readonly unresolvedPaths: IssuePath[];
  readonly renamed: number;
  /** The first renamed key, as an example for the notice. */
  readonly example?: string;
}

/**
 * Converts the properties of an AWS::Batch::JobDefinition resource into a
 * request body: PascalCase keys become the API's camelCase names, except the
 * keys of map-valued fields; CloudFormation-only properties are removed;
 * intrinsic functions are kept and reported. `at` is where the properties sit
 * in the paste, for the notices.
 */
export function convertCloudFormation(
  properties: unknown,
  at: IssuePath,
): Conversion {
  const notices: Notice[] = [];
  const unresolvedPaths: IssuePath[] = [];
  let renamed = 0;
  let example: string | undefined;

  const visit = (
    value: unknown,
    from: IssuePath,
    to: IssuePath,
    keepKeys: boolean,
  ): unknown => {
    const intrinsic = intrinsicFunction(value);
    if (intrinsic) {
      const message = `${intrinsic} is left in place: CloudFormation resolves it, AWS Batch cannot, so replace it with its value before registering from here.`;
      notices.push({ kind: 'info', path: from, message });
      unresolvedPaths.push(to);
      return value;
    }
    if (Array.isArray(value)) {
      return value.map((item, i) =>
        visit(item, [...from, i], [...to, i], false),
      );
    }
    if (!isRecord(value)) {
      return value;
    }

    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value)) {
      const why =
        to.length === 0 && Object.hasOwn(CLOUDFORMATION_ONLY, key)
          ? CLOUDFORMATION_ONLY[key]
          : undefined;
      if (why) {
        const message = `Removed ${key}: ${why}.`;
        notices.push({ kind: 'stripped', path: [...from, key], message });
        continue;
      }
      const name = keepKeys ? key : apiKey(key);
      if (name !== key) {
        renamed++;
        example ??= `${key} → ${name}`;
      }
      const isMap = !keepKeys && MAP_FIELDS.has(name);
      setOwn(out, name, visit(child, [...from, key], [...to, name], isMap));
    }
    return out;
  };

  const request = visit(properties, at, [], false);
  return { request, notices, unresolvedPaths, renamed, example };
}
