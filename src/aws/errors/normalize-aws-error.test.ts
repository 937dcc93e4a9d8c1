import { ClientException, ServerException } from '@aws-sdk/client-batch';
import { TooManyRequestsException } from '@aws-sdk/client-cognito-identity';
import { describe, expect, it } from 'vitest';

import { CONTEXT, meta, serviceError } from '../testing/error-fixtures';
import { normalizeAwsError } from './normalize-aws-error';

describe('normalizeAwsError', () => {
  it('reads an invalid request: the reason without Batch wrapping, the field, the request id', () => {
    const error = new ClientException({
      message:
        'Error executing request, Exception : networkConfiguration not applicable for EC2., RequestId: 0f1e2d3c-aaaa-bbbb-cccc-111122223333',
      $metadata: meta(400, '0f1e2d3c-aaaa-bbbb-cccc-111122223333'),
    });
    const request = {
      jobDefinitionName: 'web',
      type: 'container',
      containerProperties: {
        image: 'nginx',
        networkConfiguration: { assignPublicIp: 'ENABLED' },
      },
    };

    const failure = normalizeAwsError(error, { ...CONTEXT, request });

    expect(failure).toMatchObject({
      kind: 'invalid-request',
      title: 'Invalid request',
      code: 'ClientException',
      requestId: '0f1e2d3c-aaaa-bbbb-cccc-111122223333',
      fieldPath: ['containerProperties', 'networkConfiguration'],
      message:
        'AWS Batch rejected the request: networkConfiguration not applicable for EC2.',
    });
    expect(failure.nextStep).toContain(
      'containerProperties.networkConfiguration',
    );
  });

  it.each([
    [
      'an expired signature',
      'InvalidSignatureException',
      'Signature expired: 20240101T000000Z is now earlier than 20240101T001000Z',
    ],
    [
      'a skewed request time',
      'RequestTimeTooSkewed',
      'The difference between the request time and the current time is too large.',
    ],
  ])('explains clock skew from %s', (_case, name, message) => {
    const failure = normalizeAwsError(
      serviceError(name, message, 403),
      CONTEXT,
    );

    expect(failure).toMatchObject({
      kind: 'credentials',
      reason: 'clock-skew',
    });
    expect(failure.nextStep).toContain('clock');
  });

  it.each([
    ['Chromium', 'Failed to fetch'],
    ['Firefox', 'NetworkError when attempting to fetch resource.'],
    ['Safari', 'Load failed'],
  ])('names the proxy option when %s blocks a call', (_browser, message) => {
    const failure = normalizeAwsError(new TypeError(message), CONTEXT);

    expect(failure).toMatchObject({
      kind: 'network',
      title: 'Network or CORS problem',
    });
    expect(failure.message).toContain('CORS');
    expect(failure.nextStep).toContain('same-origin proxy');
  });

  it('names the endpoint host when an override is in use', () => {
    const failure = normalizeAwsError(new TypeError('Failed to fetch'), {
      ...CONTEXT,
      endpoints: { batch: 'https://batch-proxy.example.com/aws' },
    });

    expect(failure.message).toContain('batch-proxy.example.com');
  });

  it('reports a proxy that cannot reach the emulator behind it as a network failure', () => {
    const error = Object.assign(new Error('UnknownError'), {
      name: 'Unknown',
      $metadata: meta(502),
    });

    const failure = normalizeAwsError(error, {
      ...CONTEXT,
      endpoints: { batch: 'http://127.0.0.1:5173/emulator' },
    });

    expect(failure).toMatchObject({
      kind: 'network',
      reason: 'proxy-unreachable',
      httpStatus: 502,
    });
    expect(failure.message).toContain('http://127.0.0.1:5173/emulator');
  });

  it('tells expired credentials apart: the app gets new ones, so trying again is the step', () => {
    const error = serviceError(
      'ExpiredTokenException',
      'The security token included in the request is expired',
      403,
    );

    const failure = normalizeAwsError(error, CONTEXT);

    expect(failure).toMatchObject({
      kind: 'credentials',
      reason: 'credentials-expired',
      code: 'ExpiredTokenException',
    });
    expect(failure.message).toMatch(/had expired/);
    expect(failure.nextStep).toBe('Try again: the app gets new ones.');
  });

  it('says how often the SDK retried before giving up on throttling', () => {
    const error = Object.assign(
      new TooManyRequestsException({
        message: 'Rate exceeded',
        $metadata: meta(429, 't-1', 3),
      }),
    );

    const failure = normalizeAwsError(error, {
      ...CONTEXT,
      service: 'cognito-identity',
    });

    expect(failure).toMatchObject({ kind: 'throttled', requestId: 't-1' });
    expect(failure.message).toContain('retried 2 times');
  });

  it('reports a Batch server error as unknown, with its status', () => {
    const failure = normalizeAwsError(
      new ServerException({
        message: 'Internal failure',
        $metadata: meta(500, 'e-9'),
      }),
      CONTEXT,
    );

    expect(failure).toMatchObject({
      kind: 'unknown',
      httpStatus: 500,
      requestId: 'e-9',
    });
    expect(failure.message).toContain('Internal failure');
  });

  it.each([undefined, null, {}, '', 42, new Error('')])(
    'never leaves the message empty, even for %s',
    (thrown) => {
      const failure = normalizeAwsError(thrown, CONTEXT);

      expect(failure.message.trim()).not.toBe('');
      expect(failure.nextStep.trim()).not.toBe('');
    },
  );

  it('mentions the draft only when the call sent one', () => {
    const error = serviceError('ClientException', 'name is malformed', 400);

    const lookup = normalizeAwsError(error, {
      ...CONTEXT,
      operation: 'DescribeJobDefinitions',
    });
    const register = normalizeAwsError(error, { ...CONTEXT, keepsDraft: true });

    expect(lookup.nextStep).toBe(
      'Correct what the message names and try again.',
    );
    expect(register.nextStep).toBe(
      'Correct what the message names and try again; your draft is unchanged.',
    );
  });
});
