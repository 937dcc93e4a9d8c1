import * as z from 'zod';

import { EndpointValue } from './endpoint-problem';
import type { RuntimeConfig } from './runtime-config';

const EndpointSettings = z.object({
  batch: z.string(),
  cognitoIdentity: z.string(),
  cognitoIdentityProvider: z.string(),
  sts: z.string(),
});

const StoredEndpoints = z.object({
  batch: EndpointValue,
  cognitoIdentity: EndpointValue,
  cognitoIdentityProvider: EndpointValue,
  sts: EndpointValue,
});

/**
 * How the app reaches AWS. Kept in the browser; credentials and tokens never
 * are. An empty string means "not set" (for endpoints: AWS's own endpoint).
 */
export const AwsSettings = z.object({
  region: z.string(),
  identityPoolId: z.string(),
  signIn: z.enum(['guest', 'userPool']),
  userPoolId: z.string(),
  userPoolClientId: z.string(),
  authFlow: z.enum(['enhanced', 'basic']),
  roleArn: z.string(),
  endpoints: EndpointSettings,
});
export type AwsSettings = z.infer<typeof AwsSettings>;
export type EndpointName = keyof AwsSettings['endpoints'];

export const ENDPOINT_NAMES: readonly EndpointName[] = [
  'batch',
  'cognitoIdentity',
  'cognitoIdentityProvider',
  'sts',
];

/** What the user changed from the defaults; the only part that is stored. */
export const SettingsOverrides = AwsSettings.extend({
  endpoints: StoredEndpoints.partial(),
}).partial();
export type SettingsOverrides = z.infer<typeof SettingsOverrides>;

const BUILT_IN: AwsSettings = {
  region: 'us-east-1',
  identityPoolId: '',
  signIn: 'guest',
  userPoolId: '',
  userPoolClientId: '',
  authFlow: 'enhanced',
  roleArn: '',
  endpoints: {
    batch: '',
    cognitoIdentity: '',
    cognitoIdentityProvider: '',
    sts: '',
  },
};

/** The defaults: the runtime config over the built-in values. */
export function defaultSettings(config: RuntimeConfig): AwsSettings {
  return {
    region: config.region ?? BUILT_IN.region,
    identityPoolId: config.identityPoolId ?? BUILT_IN.identityPoolId,
    signIn: config.signIn ?? BUILT_IN.signIn,
    userPoolId: config.userPool?.userPoolId ?? BUILT_IN.userPoolId,
    userPoolClientId: config.userPool?.clientId ?? BUILT_IN.userPoolClientId,
    authFlow: config.authFlow ?? BUILT_IN.authFlow,
    roleArn: config.roleArn ?? BUILT_IN.roleArn,
    endpoints: { ...BUILT_IN.endpoints, ...config.endpoints },
  };
}

/** The settings in effect: the user's changes over the defaults. */
export function applyOverrides(
  defaults: AwsSettings,
  overrides: SettingsOverrides,
): AwsSettings {
  return {
    ...defaults,
    ...overrides,
    endpoints: { ...defaults.endpoints, ...overrides.endpoints },
  };
}

/**
 * The fields of `settings` that differ from `defaults`. Storing only these
 * lets a new default (a restarted emulator's new identity pool) take effect
 * wherever the user did not choose otherwise.
 */
export function overridesOf(
  settings: AwsSettings,
  defaults: AwsSettings,
): SettingsOverrides {
  const overrides: SettingsOverrides = {};
  const endpoints: SettingsOverrides['endpoints'] = {};
  for (const name of ENDPOINT_NAMES)
    if (settings.endpoints[name] !== defaults.endpoints[name])
      endpoints[name] = settings.endpoints[name];
  if (Object.keys(endpoints).length > 0) overrides.endpoints = endpoints;

  if (settings.region !== defaults.region) overrides.region = settings.region;
  if (settings.identityPoolId !== defaults.identityPoolId)
    overrides.identityPoolId = settings.identityPoolId;
  if (settings.signIn !== defaults.signIn) overrides.signIn = settings.signIn;
  if (settings.userPoolId !== defaults.userPoolId)
    overrides.userPoolId = settings.userPoolId;
  if (settings.userPoolClientId !== defaults.userPoolClientId)
    overrides.userPoolClientId = settings.userPoolClientId;
  if (settings.authFlow !== defaults.authFlow)
    overrides.authFlow = settings.authFlow;
  if (settings.roleArn !== defaults.roleArn)
    overrides.roleArn = settings.roleArn;
  return overrides;
}
