import * as z from 'zod';

import { EndpointValue } from './endpoint-problem';

const Endpoints = z.object({
  batch: EndpointValue.optional(),
  cognitoIdentity: EndpointValue.optional(),
  cognitoIdentityProvider: EndpointValue.optional(),
  sts: EndpointValue.optional(),
});

const FIELDS = {
  region: z.string(),
  identityPoolId: z.string(),
  signIn: z.enum(['guest', 'userPool']),
  authFlow: z.enum(['enhanced', 'basic']),
  userPool: z.object({
    userPoolId: z.string().optional(),
    clientId: z.string().optional(),
  }),
  roleArn: z.string(),
  endpoints: Endpoints,
  emulator: z.object({
    status: z.enum(['running', 'unavailable']),
    message: z.string().optional(),
  }),
};

/**
 * The runtime config served beside the app (`/config.json`): defaults a
 * team ships without rebuilding, and what `npm start` learnt about the local
 * emulator. Every field is optional.
 */
export const RuntimeConfig = z.object(FIELDS).partial();
export type RuntimeConfig = z.infer<typeof RuntimeConfig>;

export interface ParsedRuntimeConfig {
  readonly config: RuntimeConfig;
  /** One line per field that was left out because it was malformed. */
  readonly problems: readonly string[];
}

function isField(key: string): key is keyof typeof FIELDS {
  return Object.hasOwn(FIELDS, key);
}

/**
 * Parses the runtime config field by field: a malformed field is dropped and
 * reported, the others still apply. Unknown fields are ignored.
 */
export function parseRuntimeConfig(raw: unknown): ParsedRuntimeConfig {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return {
      config: {},
      problems: ['The runtime config is not a JSON object; it was ignored.'],
    };

  const kept: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [key, value] of Object.entries(raw)) {
    if (!isField(key)) continue;
    const result = FIELDS[key].safeParse(value);
    if (result.success) kept[key] = result.data;
    else
      problems.push(
        `The runtime config field "${key}" is malformed and was ignored.`,
      );
  }
  return { config: RuntimeConfig.parse(kept), problems };
}
