// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { RevisionView } from './revision-view';
import { RevisionsView } from './revisions-view';
import { describing, renderWithAws } from './testing/render-with-aws';

vi.setConfig({ testTimeout: 20_000 });

afterEach(cleanup);

describe('an address whose name cannot be a job definition name', () => {
  it.each([
    ['markup', '<img src=x>'],
    ['a space', 'my job'],
    ['129 characters', 'a'.repeat(129)],
  ])(
    'says so on the revisions page without asking AWS (%s)',
    async (_what, name) => {
      const { requests } = renderWithAws(
        <RevisionsView name={name} />,
        describing([]),
      );

      expect(
        await screen.findByText(/is not a valid job definition name/),
      ).toBeTruthy();
      expect(screen.getByText(/1 to 128 letters/)).toBeTruthy();
      expect(screen.queryByText(/No job definition named/)).toBeNull();
      expect(requests).toEqual([]);
    },
  );

  it('says so on a revision page without asking AWS', async () => {
    const { requests } = renderWithAws(
      <RevisionView name="<img src=x>" revision="1" />,
      describing([]),
    );

    expect(
      await screen.findByText(/is not a valid job definition name/),
    ).toBeTruthy();
    expect(screen.queryByText(/No revision 1/)).toBeNull();
    expect(requests).toEqual([]);
  });
});
