// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';

import { DraftProvider } from '@/draft/draft-context';
import { createDraftStore } from '@/draft/draft-store';

import { ObjectListField } from './object-list-field';
import { BoundTextInput } from './text-field';

const environment = Array.from({ length: 120 }, (_, i) => ({
  name: `VAR_${i}`,
  value: `v${i}`,
}));
const text = JSON.stringify(
  { containerProperties: { image: 'busybox', environment } },
  null,
  2,
);

afterEach(cleanup);

describe('long lists', () => {
  it('shows 50 rows a page and edits the row of the page shown', async () => {
    const store = createDraftStore(text);
    render(
      <DraftProvider value={store}>
        <ObjectListField
          path={['containerProperties', 'environment']}
          label="Environment variables"
          addText="Add variable"
          columns={[
            {
              key: 'value',
              label: 'Value',
              render: (path) => (
                <BoundTextInput
                  path={path}
                  ariaLabel={`Value ${String(path[2])}`}
                />
              ),
            },
          ]}
        />
      </DraftProvider>,
    );

    expect(screen.getAllByRole('textbox')).toHaveLength(50);
    await userEvent.click(screen.getByRole('button', { name: /page 3 of 3/ }));

    expect(screen.getAllByRole('textbox')).toHaveLength(20);
    await userEvent.type(screen.getByLabelText('Value 105'), 'x');
    expect(
      JSON.parse(store.getState().text).containerProperties.environment[105],
    ).toEqual({
      name: 'VAR_105',
      value: 'v105x',
    });
  });
});
