// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';

import { DraftProvider } from '@/draft/draft-context';
import { createDraftStore } from '@/draft/draft-store';

import { fieldId } from './field-id';
import { MapField } from './map-field';

const text = `{
  "jobDefinitionName": "maps",
  "type": "container",
  "tags": { "team": "data" }
}`;

afterEach(cleanup);

function renderTags() {
  const store = createDraftStore(text);
  render(
    <DraftProvider value={store}>
      <MapField path={['tags']} label="Tags" />
    </DraftProvider>,
  );
  return store;
}

describe('map fields', () => {
  it('carry the field id of their map, so problems can jump to them', () => {
    renderTags();

    expect(document.getElementById(fieldId(['tags']))).not.toBeNull();
  });

  it('offer no Remove button while the JSON does not parse', () => {
    const store = renderTags();
    expect(screen.getByRole('button', { name: 'Remove' })).toBeTruthy();

    act(() => store.setText(text.replace('"maps",', '"maps"'), 'json'));

    expect(screen.queryByRole('button', { name: 'Remove' })).toBeNull();
  });
});
