// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { RevisionActions } from './revision-actions';

vi.setConfig({ testTimeout: 20_000 });

afterEach(cleanup);

function renderActions(activeCount: number) {
  render(
    <MemoryRouter>
      <RevisionActions
        name="sleep10"
        selected={[]}
        onEdit={() => undefined}
        onDeregister={() => undefined}
        onCleanup={() => undefined}
        activeCount={activeCount}
      />
    </MemoryRouter>,
  );
  return screen.getByRole('button', { name: 'Keep newest active…' });
}

describe('RevisionActions', () => {
  it.each([0, 1])(
    'offers no cleanup with %i active revisions: nothing older to deregister',
    (activeCount) => {
      expect(renderActions(activeCount).getAttribute('aria-disabled')).toBe(
        'true',
      );
    },
  );

  it('offers the cleanup with two active revisions', () => {
    expect(renderActions(2).getAttribute('aria-disabled')).not.toBe('true');
  });
});
