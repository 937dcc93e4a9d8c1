// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';

import { DraftProvider } from '@/draft/draft-context';
import { createDraftStore, type DraftStore } from '@/draft/draft-store';

import { MapField } from './map-field';
import { NumberField } from './number-field';
import { ResourceField } from './resource-field';
import { TextField } from './text-field';

const base = `{
  "jobDefinitionName": "sleep10",
  "type": "container",
  "containerProperties": {
    "image": "busybox",
    "resourceRequirements": [
      { "type": "MEMORY", "value": "128" },
      { "type": "VCPU", "value": "1" }
    ],
    "futureField": 1
  }
}`;

function renderWith(store: DraftStore, children: ReactNode) {
  return render(<DraftProvider value={store}>{children}</DraftProvider>);
}

afterEach(cleanup);

describe('bound form fields', () => {
  it('types into the JSON by minimal edits and keeps unknown keys', async () => {
    const store = createDraftStore(base);
    renderWith(
      store,
      <TextField path={['containerProperties', 'image']} label="Image" />,
    );

    const input = screen.getByLabelText('Image');
    await userEvent.type(input, 'alpine:3', {
      initialSelectionStart: 0,
      initialSelectionEnd: 'busybox'.length,
    });

    expect(store.getState().text).toBe(base.replace('"busybox"', '"alpine:3"'));
  });

  it('removes an optional field when it is cleared, with no empty string left', async () => {
    const store = createDraftStore(base);
    renderWith(
      store,
      <TextField path={['containerProperties', 'image']} label="Image" />,
    );

    await userEvent.clear(screen.getByLabelText('Image'));

    expect(store.getState().text).not.toContain('"image"');
    expect(screen.getByText('Required: add the image to run.')).toBeTruthy();
  });

  it('writes numbers as JSON numbers and keeps a half-typed number in the input', async () => {
    const store = createDraftStore(base);
    renderWith(
      store,
      <NumberField path={['schedulingPriority']} label="Priority" />,
    );

    const input = screen.getByLabelText('Priority');
    await userEvent.type(input, '12x');

    expect(JSON.parse(store.getState().text).schedulingPriority).toBe(12);
    expect((input as HTMLInputElement).value).toBe('12x');
    expect(screen.getByText('Enter a whole number.')).toBeTruthy();
  });

  it('stores memory as a string in its resourceRequirements entry, in place', async () => {
    const store = createDraftStore(base);
    renderWith(
      store,
      <ResourceField
        containerPath={['containerProperties']}
        type="MEMORY"
        label="Memory (MiB)"
        description=""
      />,
    );

    const input = screen.getByLabelText('Memory (MiB)');
    await userEvent.type(input, '2048', {
      initialSelectionStart: 0,
      initialSelectionEnd: 3,
    });

    expect(store.getState().text).toBe(base.replace('"128"', '"2048"'));
  });

  it('adds a missing entry and removes it again when cleared', async () => {
    const store = createDraftStore(base);
    renderWith(
      store,
      <ResourceField
        containerPath={['containerProperties']}
        type="GPU"
        label="Number of GPUs"
        description=""
      />,
    );

    const input = screen.getByLabelText('Number of GPUs');
    await userEvent.type(input, '1');
    expect(
      JSON.parse(store.getState().text).containerProperties
        .resourceRequirements,
    ).toContainEqual({ type: 'GPU', value: '1' });

    await userEvent.clear(input);
    expect(store.getState().text).toBe(base);
  });

  it('follows edits made in the JSON text', () => {
    const store = createDraftStore(base);
    renderWith(
      store,
      <TextField path={['containerProperties', 'image']} label="Image" />,
    );

    act(() => store.setText(base.replace('busybox', 'ubuntu'), 'json'));

    expect((screen.getByLabelText('Image') as HTMLInputElement).value).toBe(
      'ubuntu',
    );
  });

  it('edits a map as key and value rows, removing it when it empties', async () => {
    const store = createDraftStore(base);
    renderWith(
      store,
      <MapField path={['tags']} label="Tags" addText="Add tag" />,
    );

    await userEvent.click(screen.getByRole('button', { name: 'Add tag' }));
    await userEvent.type(screen.getByLabelText('Key 1'), 'team');
    await userEvent.type(screen.getByLabelText('Value 1'), 'data');
    expect(JSON.parse(store.getState().text).tags).toEqual({ team: 'data' });

    await userEvent.click(screen.getByRole('button', { name: 'Remove' }));
    expect(JSON.parse(store.getState().text)).not.toHaveProperty('tags');
  });
});
