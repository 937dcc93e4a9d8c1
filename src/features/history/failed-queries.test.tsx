// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { JobDefinitionsView } from './job-definitions-view';
import { RevisionView } from './revision-view';
import { RevisionsView } from './revisions-view';
import { BATCH_DOWN, renderWithAws } from './testing/render-with-aws';

// Cloudscape's tables in jsdom take seconds on a busy two-core machine.
vi.setConfig({ testTimeout: 20_000 });

afterEach(cleanup);

describe('a failed read', () => {
  it('shows only the error on the job definitions page, with no empty state or count', async () => {
    const { user } = renderWithAws(<JobDefinitionsView />, BATCH_DOWN);

    expect(
      await screen.findByText(/Could not list the job definitions/),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
    expect(screen.queryByText(/No active job definitions/)).toBeNull();
    expect(screen.queryByText(/Write one in the editor/)).toBeNull();
    expect(screen.queryByText('(0)')).toBeNull();
    expect(screen.queryByText(/revisions loaded/)).toBeNull();
    expect(
      screen.getByRole('heading', { level: 1, name: 'Job definitions' }),
    ).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(
      await screen.findByText(/Could not list the job definitions/),
    ).toBeTruthy();
  });

  it('shows only the error on the revisions page, not "No job definition named"', async () => {
    renderWithAws(<RevisionsView name="sleep10" />, BATCH_DOWN);

    expect(
      await screen.findByText(/Could not load the revisions of sleep10/),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
    expect(screen.queryByText(/No job definition named/)).toBeNull();
    expect(screen.queryByText(/\(\d+\)/)).toBeNull();
  });

  it('shows only the error on a revision page', async () => {
    renderWithAws(<RevisionView name="sleep10" revision="2" />, BATCH_DOWN);

    expect(await screen.findByText(/Could not load sleep10:2/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
    expect(screen.queryByText(/No revision 2/)).toBeNull();
  });
});
