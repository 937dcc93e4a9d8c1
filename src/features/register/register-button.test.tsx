// @vitest-environment jsdom
import { act, cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';

import { awsContextValue } from '@/aws/testing/aws-context-value';

import { describedSleep10, fakeGateway, SLEEP10 } from './testing/fake-gateway';
import { renderRegister } from './testing/render-register';

const SLEEP10_TEXT = JSON.stringify(SLEEP10, null, 2);
const register = () => screen.getByRole('button', { name: 'Register' });
const isDisabled = (button: HTMLElement) =>
  button.hasAttribute('disabled') ||
  button.getAttribute('aria-disabled') === 'true';

afterEach(cleanup);

describe('RegisterButton', () => {
  it('is disabled while the draft has errors, and says how many', () => {
    const text = JSON.stringify({
      jobDefinitionName: 'has space',
      type: 'containr',
    });
    renderRegister(text, fakeGateway().gateway);

    expect(isDisabled(register())).toBe(true);
    expect(screen.getByText(/^Fix \d+ errors? to register\.$/)).toBeTruthy();
  });

  it('is disabled while the JSON does not parse', () => {
    renderRegister('{ "jobDefinitionName": ', fakeGateway().gateway);

    expect(isDisabled(register())).toBe(true);
    expect(
      screen.getByText('Fix the JSON syntax error to register.'),
    ).toBeTruthy();
  });

  it('summarises warnings without blocking', () => {
    const withWarning = {
      ...SLEEP10,
      containerProperties: { ...SLEEP10.containerProperties, user: 'ROOT' },
    };
    renderRegister(JSON.stringify(withWarning), fakeGateway().gateway);

    expect(isDisabled(register())).toBe(false);
    expect(
      screen.getByText(/^\d+ warnings?; registering is allowed\.$/),
    ).toBeTruthy();
  });

  it('says where to connect when Settings are incomplete', () => {
    const aws = awsContextValue({
      connection: {
        ok: false,
        problems: [
          { field: 'identityPoolId', severity: 'error', message: 'Enter it.' },
        ],
      },
    });
    renderRegister(SLEEP10_TEXT, undefined, aws);

    expect(isDisabled(register())).toBe(true);
    expect(
      screen.getByText('Set up AWS in Settings to register.'),
    ).toBeTruthy();
  });

  it('registers once on a double click, then marks the draft as registered', async () => {
    const { gateway, register: send } = fakeGateway();
    let answer: () => void = () => undefined;
    const answered = new Promise<void>((resolve) => {
      answer = resolve;
    });
    const registerNow = send.getMockImplementation();
    send.mockImplementationOnce(async (input) => {
      await answered;
      return registerNow!(input);
    });
    const { user } = renderRegister(SLEEP10_TEXT, gateway);

    await user.dblClick(register());
    answer();

    expect(await screen.findByText('Registered as sleep10:1')).toBeTruthy();
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('drops the registered mark at the next edit, keeping the draft', async () => {
    const { gateway } = fakeGateway();
    const { user, store } = renderRegister(SLEEP10_TEXT, gateway);
    await user.click(register());
    await screen.findByText('Registered as sleep10:1');

    act(() => {
      store.setValue(['containerProperties', 'image'], 'alpine');
    });

    expect(screen.queryByText('Registered as sleep10:1')).toBeNull();
    expect(store.getState().text).toContain('alpine');
  });

  it('asks before registering a revision identical to the newest one', async () => {
    const { gateway, register: send, newest } = fakeGateway();
    newest.set('sleep10', describedSleep10(3));
    const { user } = renderRegister(SLEEP10_TEXT, gateway);

    await user.click(register());

    expect(
      await screen.findByText('Nothing changed since sleep10:3'),
    ).toBeTruthy();
    expect(send).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Register anyway' }));

    expect(await screen.findByText('Registered as sleep10:4')).toBeTruthy();
    expect(send).toHaveBeenCalledTimes(1);
  });
});
