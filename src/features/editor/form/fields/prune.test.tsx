// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';

import { DraftProvider } from '@/draft/draft-context';
import { createDraftStore } from '@/draft/draft-store';

import { NumberField } from './number-field';

const text = `{
  "jobDefinitionName": "prune",
  "type": "container",
  "timeout": { "attemptDurationSeconds": 600 },
  "retryStrategy": { "attempts": 2, "futureKey": true },
  "containerProperties": {
    "linuxParameters": { "sharedMemorySize": 64 }
  }
}`;

afterEach(cleanup);

describe('clearing the last field of a settings object', () => {
  it('removes the emptied optional object, not just its field', async () => {
    const store = createDraftStore(text);
    render(
      <DraftProvider value={store}>
        <NumberField path={['timeout', 'attemptDurationSeconds']} label="T" />
      </DraftProvider>,
    );

    await userEvent.clear(screen.getByLabelText('T'));

    expect(JSON.parse(store.getState().text)).not.toHaveProperty('timeout');
  });

  it('keeps an object that still holds a key the model does not know', async () => {
    const store = createDraftStore(text);
    render(
      <DraftProvider value={store}>
        <NumberField path={['retryStrategy', 'attempts']} label="Attempts" />
      </DraftProvider>,
    );

    await userEvent.clear(screen.getByLabelText('Attempts'));

    expect(JSON.parse(store.getState().text).retryStrategy).toEqual({
      futureKey: true,
    });
  });

  it('keeps the container block when its last setting is cleared', async () => {
    const store = createDraftStore(text);
    const path = ['containerProperties', 'linuxParameters', 'sharedMemorySize'];
    render(
      <DraftProvider value={store}>
        <NumberField path={path} label="Shared memory" />
      </DraftProvider>,
    );

    await userEvent.clear(screen.getByLabelText('Shared memory'));

    expect(JSON.parse(store.getState().text).containerProperties).toEqual({});
  });
});
