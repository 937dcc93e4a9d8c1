// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';

import { AwsRequestError, type AwsFailure } from '@/aws/errors/aws-failure';
import { awsContextValue } from '@/aws/testing/aws-context-value';

import { fakeGateway, SLEEP10 } from './testing/fake-gateway';
import { renderRegister } from './testing/render-register';

const SLEEP10_TEXT = JSON.stringify(SLEEP10, null, 2);

const REJECTED: AwsFailure = {
  kind: 'invalid-request',
  title: 'Invalid request',
  message:
    'AWS Batch rejected the request: containerProperties must contain image',
  nextStep:
    'Fix containerProperties.image and try again; your draft is unchanged.',
  requestId: '9b2f0c1e-1111-2222-3333-444455556666',
  code: 'ClientException',
  httpStatus: 400,
  service: 'batch',
  operation: 'RegisterJobDefinition',
  fieldPath: ['containerProperties', 'image'],
};

afterEach(cleanup);

describe('RegisterStatus', () => {
  it('shows NAME:REVISION, the ARN and a link to the revision after registering', async () => {
    const { user } = renderRegister(SLEEP10_TEXT, fakeGateway().gateway);

    await user.click(screen.getByRole('button', { name: 'Register' }));

    expect(await screen.findByText('Registered sleep10:1')).toBeTruthy();
    expect(
      screen.getByText(
        'arn:aws:batch:us-east-1:123456789012:job-definition/sleep10:1',
      ),
    ).toBeTruthy();
    expect(
      screen.getByRole('link', { name: 'Open sleep10:1' }).getAttribute('href'),
    ).toBe('/job-definitions/sleep10/1');
  });

  it('shows a rejection inline by kind, with the next step, the field and the request id', async () => {
    const { gateway, register } = fakeGateway();
    register.mockRejectedValueOnce(new AwsRequestError(REJECTED));
    const { user, onShowField, store } = renderRegister(SLEEP10_TEXT, gateway);

    await user.click(screen.getByRole('button', { name: 'Register' }));

    expect(
      await screen.findByText('Not registered: invalid request'),
    ).toBeTruthy();
    expect(screen.getByText(REJECTED.message)).toBeTruthy();
    expect(screen.getByText(REJECTED.nextStep)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Details' }));
    expect(screen.getByText(REJECTED.requestId ?? '')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Show field' }));

    expect(onShowField).toHaveBeenCalledWith(['containerProperties', 'image']);
    expect(store.getState().text).toBe(SLEEP10_TEXT);
  });

  it('names the button that dismisses a failure, and keeps the draft when it is used', async () => {
    const { gateway, register } = fakeGateway();
    register.mockRejectedValueOnce(new AwsRequestError(REJECTED));
    const { user, store } = renderRegister(SLEEP10_TEXT, gateway);
    await user.click(screen.getByRole('button', { name: 'Register' }));
    await screen.findByText('Not registered: invalid request');

    await user.click(screen.getByRole('button', { name: 'Dismiss message' }));

    expect(screen.queryByText('Not registered: invalid request')).toBeNull();
    expect(store.getState().text).toBe(SLEEP10_TEXT);
  });

  it('offers Settings for a network failure', async () => {
    const { gateway, newestActive } = fakeGateway();
    newestActive.mockRejectedValueOnce(
      new AwsRequestError({
        ...REJECTED,
        kind: 'network',
        title: 'Network or CORS problem',
        fieldPath: undefined,
      }),
    );
    const { user } = renderRegister(SLEEP10_TEXT, gateway);

    await user.click(screen.getByRole('button', { name: 'Register' }));

    expect(
      await screen.findByText('Not registered: network or CORS problem'),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Open Settings' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Show field' })).toBeNull();
  });

  it('says plainly that the local emulator is not running, and how to use AWS instead', () => {
    const aws = awsContextValue({
      config: {
        emulator: { status: 'unavailable', message: 'python3 was not found.' },
      },
      connection: { ok: false, problems: [] },
    });
    renderRegister(SLEEP10_TEXT, undefined, aws);

    expect(screen.getByText('The local emulator is not running')).toBeTruthy();
    expect(
      screen.getByText(
        /python3 was not found\..*fill in the region and Cognito identity pool in Settings/,
      ),
    ).toBeTruthy();
  });
});
