// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';

import { DraftProvider } from '@/draft/draft-context';
import { createDraftStore } from '@/draft/draft-store';

import { BoundCheckbox } from './bound-checkbox';
import { BoundNumberInput } from './bound-number-input';
import { BoundSelect } from './bound-select';

const text = `{
  "jobDefinitionName": "cells",
  "type": "container",
  "containerProperties": {
    "ulimits": [{ "name": "nofile", "softLimit": 1024, "hardLimit": 2048 }],
    "mountPoints": [{ "sourceVolume": "data", "readOnly": true }]
  }
}`;
const ulimit = ['containerProperties', 'ulimits', 0];
const mount = ['containerProperties', 'mountPoints', 0];

afterEach(cleanup);

function renderCells() {
  const store = createDraftStore(text);
  render(
    <DraftProvider value={store}>
      <BoundSelect path={[...ulimit, 'name']} ariaLabel="Limit name" />
      <BoundNumberInput path={[...ulimit, 'softLimit']} ariaLabel="Soft" />
      <BoundCheckbox path={[...mount, 'readOnly']} label="Read only" />
    </DraftProvider>,
  );
  return () => JSON.parse(store.getState().text).containerProperties;
}

describe('bare bound controls for rows of fields', () => {
  it('writes a typed number as a JSON number', async () => {
    const current = renderCells();

    await userEvent.clear(screen.getByLabelText('Soft'));
    await userEvent.type(screen.getByLabelText('Soft'), '4096');

    expect(current().ulimits[0].softLimit).toBe(4096);
  });

  it('writes the chosen value of a list', async () => {
    const current = renderCells();

    await userEvent.click(screen.getByRole('button', { name: /Limit name/ }));
    await userEvent.click(screen.getByRole('option', { name: 'nproc' }));

    expect(current().ulimits[0].name).toBe('nproc');
  });

  it('removes a checkbox field when it goes back to the default', async () => {
    const current = renderCells();

    await userEvent.click(screen.getByLabelText('Read only'));

    expect(current().mountPoints[0]).toEqual({ sourceVolume: 'data' });
  });
});
