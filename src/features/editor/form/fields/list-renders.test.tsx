// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { DraftProvider } from '@/draft/draft-context';
import { createDraftStore } from '@/draft/draft-store';

import type { IssuePath } from '@/model/issue';

import { renderCounts, resetRenders } from '../testing/render-counter';
import { fieldId } from './field-id';
import { ItemListField } from './item-list-field';
import { ObjectListField } from './object-list-field';
import { BoundTextInput, TextField } from './text-field';

await vi.hoisted(async () => {
  const counter = await import('../testing/render-counter');
  counter.installRenderCounter();
});

afterEach(cleanup);

function byId(path: IssuePath): HTMLElement {
  const element = document.getElementById(fieldId(path));
  if (!element) throw new Error(`nothing has the id of ${fieldId(path)}`);
  return element;
}

const environment = Array.from({ length: 50 }, (_, i) => ({
  name: `VAR_${i}`,
  value: `value-${i}`,
}));
const text = JSON.stringify(
  {
    jobDefinitionName: 'big',
    type: 'container',
    containerProperties: { image: 'busybox', environment },
    nodeProperties: {
      numNodes: 5,
      mainNode: 0,
      nodeRangeProperties: environment.slice(0, 5).map((_, i) => ({
        targetNodes: `${i}:${i}`,
        container: { image: `image-${i}` },
      })),
    },
  },
  null,
  2,
);

describe('list fields and re-renders', () => {
  it(
    're-renders only the typed cell of a 50-row list',
    { timeout: 15_000 },
    async () => {
      const store = createDraftStore(text);
      render(
        <DraftProvider value={store}>
          <ObjectListField
            path={['containerProperties', 'environment']}
            label="Environment variables"
            addText="Add variable"
            columns={['name', 'value'].map((key) => ({
              key,
              label: key,
              render: (path) => (
                <BoundTextInput path={path} ariaLabel={`${key} ${path[2]}`} />
              ),
            }))}
          />
        </DraftProvider>,
      );

      // Label queries take seconds on 100 Cloudscape inputs in jsdom.
      const input = byId(['containerProperties', 'environment', 7, 'value']);
      expect(input.getAttribute('aria-label')).toBe('value 7');
      await userEvent.click(input);
      resetRenders();
      await userEvent.type(input, 'xyz');

      expect(store.getState().value).toMatchObject({
        containerProperties: { environment: expect.any(Array) },
      });
      expect(renderCounts().get('BoundTextInput')).toBe(3);
    },
  );

  it('re-renders only the typed panel field of a list of node ranges', async () => {
    const store = createDraftStore(text);
    render(
      <DraftProvider value={store}>
        <ItemListField
          path={['nodeProperties', 'nodeRangeProperties']}
          addText="Add node range"
          itemLabel={(index) => `Range ${index + 1}`}
          renderItem={(path) => (
            <TextField path={[...path, 'container', 'image']} label="Image" />
          )}
        />
      </DraftProvider>,
    );

    const input = screen.getAllByLabelText('Image')[2];
    if (!input) throw new Error('no third image field');
    await userEvent.click(input);
    resetRenders();
    await userEvent.type(input, 'xyz');

    expect(renderCounts().get('TextField')).toBe(3);
  });
});
