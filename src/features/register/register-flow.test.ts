import { describe, expect, it } from 'vitest';

import { AwsRequestError, type AwsFailure } from '@/aws/errors/aws-failure';

import { createRegisterFlow, type RegisterState } from './register-flow';
import { describedSleep10, fakeGateway, SLEEP10 } from './testing/fake-gateway';

const owner = {};
const mark = { owner, version: 1 };

/** Resolves once the flow reaches a phase where it waits for nobody. */
function settled(
  flow: ReturnType<typeof createRegisterFlow>,
): Promise<RegisterState> {
  return new Promise((resolve) => {
    const check = () => {
      const state = flow.getState();
      if (state.phase !== 'checking' && state.phase !== 'registering') {
        unsubscribe();
        resolve(state);
      }
    };
    const unsubscribe = flow.subscribe(check);
    check();
  });
}

const BATCH_FAILURE: AwsFailure = {
  kind: 'invalid-request',
  title: 'Invalid request',
  message:
    'AWS Batch rejected the request: containerProperties must contain image',
  nextStep:
    'Fix containerProperties.image and try again; your draft is unchanged.',
  requestId: 'req-1',
  service: 'batch',
  operation: 'RegisterJobDefinition',
  fieldPath: ['containerProperties', 'image'],
};

describe('createRegisterFlow', () => {
  it('registers a new name and keeps what AWS assigned, with the draft it came from', async () => {
    const flow = createRegisterFlow();
    const { gateway, register } = fakeGateway();

    flow.start(SLEEP10, mark, gateway);

    expect(await settled(flow)).toEqual({
      phase: 'registered',
      mark,
      result: {
        jobDefinitionName: 'sleep10',
        jobDefinitionArn:
          'arn:aws:batch:us-east-1:123456789012:job-definition/sleep10:1',
        revision: 1,
      },
    });
    expect(register).toHaveBeenCalledTimes(1);
  });

  it("sends the model's parsed value, not what the user typed", async () => {
    const flow = createRegisterFlow();
    const { gateway, register } = fakeGateway();
    const typed = {
      ...SLEEP10,
      retryStrategy: {
        attempts: 2,
        evaluateOnExit: [{ onExitCode: '1', action: 'exit' }],
      },
    };

    flow.start(typed, mark, gateway);
    await settled(flow);

    expect(
      register.mock.calls[0]?.[0].retryStrategy?.evaluateOnExit?.[0]?.action,
    ).toBe('EXIT');
  });

  it('registers once when started twice in a row, as by a double click', async () => {
    const flow = createRegisterFlow();
    const { gateway, register } = fakeGateway();

    expect(flow.start(SLEEP10, mark, gateway)).toBe(true);
    expect(flow.start(SLEEP10, mark, gateway)).toBe(false);
    await settled(flow);

    expect(register).toHaveBeenCalledTimes(1);
  });

  it('asks before registering a revision identical to the newest active one', async () => {
    const flow = createRegisterFlow();
    const { gateway, register, newest } = fakeGateway();
    newest.set('sleep10', describedSleep10(3));

    flow.start(SLEEP10, mark, gateway);

    expect(await settled(flow)).toMatchObject({
      phase: 'confirm-identical',
      newestRevision: 3,
    });
    expect(register).not.toHaveBeenCalled();

    flow.confirm(gateway);

    expect(await settled(flow)).toMatchObject({
      phase: 'registered',
      result: { revision: 4 },
    });
    expect(register).toHaveBeenCalledTimes(1);
  });

  it('registers nothing when the user declines the identical revision', async () => {
    const flow = createRegisterFlow();
    const { gateway, register, newest } = fakeGateway();
    newest.set('sleep10', describedSleep10(3));

    flow.start(SLEEP10, mark, gateway);
    await settled(flow);
    flow.dismiss();

    expect(flow.getState()).toEqual({ phase: 'idle' });
    expect(register).not.toHaveBeenCalled();
  });

  it('registers without asking when the draft differs from the newest revision', async () => {
    const flow = createRegisterFlow();
    const { gateway, newest } = fakeGateway();
    newest.set('sleep10', describedSleep10(3));
    const changed = {
      ...SLEEP10,
      containerProperties: {
        ...SLEEP10.containerProperties,
        command: ['sleep', '20'],
      },
    };

    flow.start(changed, mark, gateway);

    expect(await settled(flow)).toMatchObject({
      phase: 'registered',
      result: { revision: 4 },
    });
  });

  it('sends nothing for a value the model rejects', async () => {
    const flow = createRegisterFlow();
    const { gateway, newestActive, register } = fakeGateway();

    flow.start(
      { jobDefinitionName: 'has space', type: 'container' },
      mark,
      gateway,
    );

    expect(await settled(flow)).toMatchObject({
      phase: 'failed',
      failure: { kind: 'invalid-request' },
    });
    expect(newestActive).not.toHaveBeenCalled();
    expect(register).not.toHaveBeenCalled();
  });

  it('keeps the normalised failure of a rejected registration', async () => {
    const flow = createRegisterFlow();
    const { gateway, register } = fakeGateway();
    register.mockRejectedValueOnce(new AwsRequestError(BATCH_FAILURE));

    flow.start(SLEEP10, mark, gateway);

    expect(await settled(flow)).toEqual({
      phase: 'failed',
      mark,
      failure: BATCH_FAILURE,
    });
  });

  it('stops before registering when the newest revision cannot be read', async () => {
    const flow = createRegisterFlow();
    const { gateway, newestActive, register } = fakeGateway();
    newestActive.mockRejectedValueOnce(
      new AwsRequestError({ ...BATCH_FAILURE, kind: 'network' }),
    );

    flow.start(SLEEP10, mark, gateway);

    expect(await settled(flow)).toMatchObject({
      phase: 'failed',
      failure: { kind: 'network' },
    });
    expect(register).not.toHaveBeenCalled();
  });

  it('reports an unexpected error as unknown, with its message', async () => {
    const flow = createRegisterFlow();
    const { gateway, register } = fakeGateway();
    register.mockRejectedValueOnce(new Error('Boom'));

    flow.start(SLEEP10, mark, gateway);

    expect(await settled(flow)).toMatchObject({
      phase: 'failed',
      failure: { kind: 'unknown', message: 'Boom' },
    });
  });

  it('tells its listeners of every step', async () => {
    const flow = createRegisterFlow();
    const { gateway } = fakeGateway();
    const phases: string[] = [];
    flow.subscribe(() => phases.push(flow.getState().phase));

    flow.start(SLEEP10, mark, gateway);
    await settled(flow);

    expect(phases).toEqual(['checking', 'registering', 'registered']);
  });
});
