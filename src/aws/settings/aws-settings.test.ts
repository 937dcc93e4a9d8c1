import { describe, expect, it } from 'vitest';

import { applyOverrides, defaultSettings, overridesOf } from './aws-settings';

const POOL = 'us-east-1:2f6e0c56-1c1e-4a5b-9d55-0c6e8d3e7f10';

describe('defaultSettings', () => {
  it('uses built-in values where the runtime config says nothing', () => {
    expect(defaultSettings({})).toEqual({
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
    });
  });

  it('takes the runtime config over the built-in values', () => {
    const defaults = defaultSettings({
      region: 'eu-west-1',
      identityPoolId: POOL,
      userPool: { userPoolId: 'eu-west-1_Abc', clientId: 'client' },
      endpoints: { batch: '/emulator' },
    });

    expect(defaults).toMatchObject({
      region: 'eu-west-1',
      identityPoolId: POOL,
      userPoolId: 'eu-west-1_Abc',
      userPoolClientId: 'client',
      endpoints: { batch: '/emulator', sts: '' },
    });
  });
});

describe('overrides', () => {
  it('stores only what differs from the defaults, and applies it back', () => {
    const defaults = defaultSettings({
      identityPoolId: POOL,
      endpoints: { batch: '/emulator' },
    });
    const chosen = {
      ...defaults,
      region: 'eu-west-1',
      endpoints: { ...defaults.endpoints, sts: 'https://sts.example.com' },
    };

    const overrides = overridesOf(chosen, defaults);

    expect(overrides).toEqual({
      region: 'eu-west-1',
      endpoints: { sts: 'https://sts.example.com' },
    });
    expect(applyOverrides(defaults, overrides)).toEqual(chosen);
  });

  it('lets a new default apply where the user chose nothing', () => {
    const overrides = { region: 'eu-west-1' };
    const restarted = defaultSettings({
      identityPoolId: 'us-east-1:0b6e0c56-1c1e-4a5b-9d55-0c6e8d3e7f10',
    });

    expect(applyOverrides(restarted, overrides).identityPoolId).toBe(
      'us-east-1:0b6e0c56-1c1e-4a5b-9d55-0c6e8d3e7f10',
    );
  });
});
