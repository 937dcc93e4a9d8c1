import { describe, expect, it } from 'vitest';

import { defaultSettings, type AwsSettings } from '@/aws/settings/aws-settings';

import { connectSources } from './connect-sources';

const ORIGIN = 'http://127.0.0.1:4173';

function settings(changes: Partial<AwsSettings> = {}): AwsSettings {
  return { ...defaultSettings({}), ...changes };
}

function withEndpoints(
  endpoints: Partial<AwsSettings['endpoints']>,
): AwsSettings {
  const base = settings();
  return { ...base, endpoints: { ...base.endpoints, ...endpoints } };
}

describe('connectSources', () => {
  it('names the four services in the chosen region', () => {
    expect(connectSources(settings({ region: 'eu-west-3' }), ORIGIN)).toEqual([
      'https://batch.eu-west-3.amazonaws.com',
      'https://cognito-identity.eu-west-3.amazonaws.com',
      'https://cognito-idp.eu-west-3.amazonaws.com',
      'https://sts.eu-west-3.amazonaws.com',
    ]);
  });

  it('adds the Cognito endpoints of pools in another region', () => {
    const sources = connectSources(
      settings({
        region: 'eu-west-1',
        identityPoolId: 'us-east-2:2f6e0c56-1c1e-4a5b-9d55-0c6e8d3e7f10',
        userPoolId: 'ap-south-1_AbC123',
      }),
      ORIGIN,
    );

    expect(sources).toContain(
      'https://cognito-identity.us-east-2.amazonaws.com',
    );
    expect(sources).toContain('https://cognito-idp.ap-south-1.amazonaws.com');
    expect(sources).not.toContain('https://batch.us-east-2.amazonaws.com');
    expect(sources).toHaveLength(6);
  });

  it('adds the origin of each endpoint override, once', () => {
    const sources = connectSources(
      withEndpoints({
        batch: 'https://batch-proxy.example.org/aws/',
        cognitoIdentity: 'http://127.0.0.1:5000',
        sts: 'http://127.0.0.1:5000/sts',
        cognitoIdentityProvider: '/emulator',
      }),
      ORIGIN,
    );

    expect(sources.slice(4)).toEqual([
      'https://batch-proxy.example.org',
      'http://127.0.0.1:5000',
      ORIGIN,
    ]);
  });

  it.each([
    ['a directive after the region', "us-east-1; script-src 'unsafe-inline'"],
    ['a wildcard', '*'],
    ['an empty region', ''],
  ])('lets %s add no AWS endpoint', (_, region) => {
    expect(connectSources(settings({ region }), ORIGIN)).toEqual([]);
  });

  it.each([
    ['a javascript: URL', 'javascript:alert(1)'],
    ['a data: URL', 'data:text/plain,hi'],
    ['a URL with a query', 'https://example.org/?a=1'],
  ])('leaves out an override that is %s', (_, batch) => {
    const sources = connectSources(withEndpoints({ batch }), ORIGIN);

    expect(sources).toHaveLength(4);
    expect(sources.join(' ')).not.toMatch(/[;']|unsafe|javascript|data:/);
  });

  it('adds nothing for an override that is not an endpoint, such as another directive', () => {
    const sources = connectSources(
      withEndpoints({ batch: "x; script-src 'unsafe-eval'" }),
      ORIGIN,
    );

    expect(sources).toEqual(connectSources(settings(), ORIGIN));
    expect(sources.join(' ')).not.toContain('script-src');
  });

  it('gives a same-origin path override the app’s origin', () => {
    const sources = connectSources(
      withEndpoints({ batch: '/emulator' }),
      ORIGIN,
    );

    expect(sources.slice(4)).toEqual([ORIGIN]);
  });
});
