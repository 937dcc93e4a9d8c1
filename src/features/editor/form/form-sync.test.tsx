// @vitest-environment jsdom
import { act, cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';

import { inBlock, textbox } from './testing/form-queries';
import { renderForm } from './testing/render-form';

const text = `{
  "jobDefinitionName": "sync-test",
  "type": "container",
  "containerProperties": {
    "image":   "busybox",
    "futureKey": { "kept": true },
    "command": ["echo", "hi"],
    "resourceRequirements": [
      { "type": "VCPU", "value": "1" },
      { "type": "MEMORY", "value": "2048" }
    ]
  },
  "retryStrategy": { "attempts": 2 },
  "timeout": { "attemptDurationSeconds": 600 }
}`;
const ROOT = [] as const;
const CONTAINER = ['containerProperties'];

afterEach(cleanup);

/** Selects the whole value and types over it, as a user replacing it does. */
async function replaceText(input: HTMLElement, value: string) {
  const length = input instanceof HTMLInputElement ? input.value.length : 0;
  await userEvent.type(input, value, {
    initialSelectionStart: 0,
    initialSelectionEnd: length,
  });
}

// Cloudscape forms render slowly in jsdom, the more so on a busy machine.
describe('form edits and the JSON text', { timeout: 30_000 }, () => {
  it('changes the JSON by a minimal edit, keeping order, spacing and unknown keys', async () => {
    const { store } = renderForm(text);

    await replaceText(textbox(CONTAINER, 'Image'), 'alpine');

    expect(store.getState().text).toBe(text.replace('busybox', 'alpine'));
    expect(inBlock(CONTAINER).getByText(/futureKey/)).toBeTruthy();
  });

  it('removes a cleared optional field, leaving no empty value or object', async () => {
    const { json } = renderForm(text);

    await userEvent.clear(textbox(ROOT, 'Execution timeout'));
    await userEvent.clear(textbox(CONTAINER, /^Command/));

    expect(json()).not.toHaveProperty('timeout');
    expect(json().containerProperties).not.toHaveProperty('command');
  });

  it('says a cleared required field is required', async () => {
    const { json } = renderForm(text);

    await userEvent.clear(textbox(ROOT, 'Job definition name'));

    expect(json()).not.toHaveProperty('jobDefinitionName');
    expect(
      inBlock(ROOT).getByText('Required: add jobDefinitionName.'),
    ).toBeTruthy();
  });

  it('writes numbers as numbers and resource amounts as strings', async () => {
    const { json } = renderForm(text);

    await replaceText(textbox(ROOT, 'Job attempts'), '3');
    await replaceText(textbox(CONTAINER, 'vCPUs'), '2');
    await userEvent.type(textbox(CONTAINER, 'Number of GPUs'), '1');

    expect(json().retryStrategy).toEqual({ attempts: 3 });
    expect(json().containerProperties).toMatchObject({
      resourceRequirements: [
        { type: 'VCPU', value: '2' },
        { type: 'MEMORY', value: '2048' },
        { type: 'GPU', value: '1' },
      ],
    });
  });
  it('keeps every keystroke of fast typing, with one draft change per key', async () => {
    const { store, json } = renderForm(text);
    const typed = 'registry.example.com/team/app:2024-11-30';
    const before = store.getState().version;

    await userEvent.type(textbox(CONTAINER, 'Image'), typed, {
      delay: null,
      initialSelectionStart: 0,
      initialSelectionEnd: 'busybox'.length,
    });

    expect(json().containerProperties).toMatchObject({ image: typed });
    expect(store.getState().version - before).toBe(typed.length);
  });
});

describe('JSON edits and the form', { timeout: 30_000 }, () => {
  it('updates the form without moving focus from the field being edited', async () => {
    const { store } = renderForm(text);
    const image = textbox(CONTAINER, 'Image');
    await userEvent.click(image);

    act(() =>
      store.setText(
        text
          .replace('"attempts": 2', '"attempts": 5')
          .replace('busybox', 'ubuntu'),
        'json',
      ),
    );

    expect(textbox(ROOT, 'Job attempts')).toHaveProperty('value', '5');
    expect(image).toHaveProperty('value', 'ubuntu');
    expect(document.activeElement).toBe(image);
  });

  it('goes read-only and says where the syntax error is while the JSON does not parse', async () => {
    const { store } = renderForm(text);
    const broken = text.replace('"type": "container",', '"type": "container"');

    act(() => store.setText(broken, 'json'));
    const image = textbox(CONTAINER, 'Image');
    await userEvent.type(image, 'x');

    expect(
      screen.getByText(/syntax error at line 4, column 3 \(4:3\)/),
    ).toBeTruthy();
    expect(image).toHaveProperty('readOnly', true);
    expect(image).toHaveProperty('value', 'busybox');
    expect(store.getState().text).toBe(broken);
  });
});
