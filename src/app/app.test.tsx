// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { AppShell } from './app-shell';
import { lazyPage } from './pages/lazy-page';
import { routes } from './routes';

vi.mock('@/features/editor/json/json-view', async () => ({
  default: (await import('@/features/editor/page/testing/fake-views'))
    .FakeJsonView,
}));
vi.mock('@/features/editor/form/form-view', async () => ({
  FormView: (await import('@/features/editor/page/testing/fake-views'))
    .FakeFormView,
}));

function renderAt(path: string, tree = routes) {
  const router = createMemoryRouter(tree, { initialEntries: [path] });
  render(<RouterProvider router={router} />);
  return { user: userEvent.setup(), router };
}

function Crash(): never {
  throw new Error('This page failed on purpose.');
}

// The whole page in jsdom, with Cloudscape's components, takes seconds on a
// busy two-core machine.
vi.setConfig({ testTimeout: 20_000 });

// Pages other than the editor load their code on first use; in Vitest that
// code is transformed then, which can take seconds.
const PAGE_LOAD = { timeout: 10_000 };

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('App', () => {
  it('opens the editor at /, with Form and JSON tabs', () => {
    renderAt('/');

    expect(
      screen.getByRole('heading', { level: 1, name: 'Editor' }),
    ).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Form' })).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'JSON' })).toBeTruthy();
  });

  it('opens the job definitions at /job-definitions, and sends to Settings while not connected', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { user, router } = renderAt('/job-definitions');

    expect(
      await screen.findByRole(
        'heading',
        { level: 1, name: 'Job definitions' },
        PAGE_LOAD,
      ),
    ).toBeTruthy();
    await user.click(
      await screen.findByRole('button', { name: 'Open Settings' }),
    );

    expect(router.state.location.pathname).toBe('/settings');
  });

  it('opens the Settings form at /settings once the runtime config is read', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    renderAt('/settings');

    expect(screen.getByText('Loading page')).toBeTruthy();
    expect(
      await screen.findByRole(
        'heading',
        { level: 1, name: 'Settings' },
        PAGE_LOAD,
      ),
    ).toBeTruthy();
    expect(screen.queryByText('Loading page')).toBeNull();
    expect(await screen.findByLabelText('Identity pool ID')).toBeTruthy();
    expect(
      screen.getByRole('button', { name: 'Test connection' }),
    ).toBeTruthy();
  });

  it('navigates with the side navigation', async () => {
    const { user, router } = renderAt('/');

    await user.click(screen.getByRole('link', { name: 'Settings' }));

    expect(router.state.location.pathname).toBe('/settings');
  });

  it('says so for an address that has no page', () => {
    renderAt('/no/such/page');

    expect(
      screen.getByRole('heading', { level: 1, name: 'Page not found' }),
    ).toBeTruthy();
  });

  it('keeps the navigation and offers the saved draft when a page crashes', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);

    renderAt('/', [
      {
        element: <AppShell />,
        children: [{ index: true, element: <Crash /> }],
      },
    ]);

    expect(screen.getByText('This page stopped working')).toBeTruthy();
    expect(
      screen.getByRole('button', { name: 'Copy saved draft JSON' }),
    ).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Settings' })).toBeTruthy();
  });

  it('keeps the navigation and offers to try again when the code of a page fails to load', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const Unreachable = lazyPage(() =>
      Promise.reject(
        new TypeError('Failed to fetch dynamically imported module'),
      ),
    );

    renderAt('/', [
      {
        element: <AppShell />,
        children: [{ index: true, element: <Unreachable /> }],
      },
    ]);

    expect(await screen.findByText('This page stopped working')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Settings' })).toBeTruthy();
  });
});
