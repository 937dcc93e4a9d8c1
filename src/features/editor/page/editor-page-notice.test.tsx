// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { EditorPage } from '../editor-page';
import { FakeStorage } from './fake-storage';

vi.mock('../json/json-view', async () => ({
  default: (await import('./testing/fake-views')).FakeJsonView,
}));
vi.mock('../form/form-view', async () => ({
  FormView: (await import('./testing/fake-views')).FakeFormView,
}));

afterEach(cleanup);

describe('EditorPage opening notice', () => {
  it('shows what another page says about the draft it opened, once', () => {
    const notice = {
      header: 'Opened etl:2 as a new draft',
      items: ['Removed jobDefinitionArn.', 'Removed revision (2).'],
    };

    const { rerender } = render(
      <EditorPage storage={new FakeStorage()} openingNotice={notice} />,
    );
    rerender(<EditorPage storage={new FakeStorage()} openingNotice={notice} />);

    expect(screen.getAllByText('Opened etl:2 as a new draft')).toHaveLength(1);
    const list = screen.getByRole('list', { name: 'What was changed' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(notice.items);
  });
});
