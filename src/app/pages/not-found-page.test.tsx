// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';

import { NotFoundPage } from './not-found-page';

afterEach(cleanup);

function renderAt(path: string) {
  const router = createMemoryRouter(
    [
      { path: '/', element: <p>The editor</p> },
      { path: '/job-definitions', element: <p>The job definitions</p> },
      { path: '*', element: <NotFoundPage /> },
    ],
    { initialEntries: [path] },
  );
  render(<RouterProvider router={router} />);
  return { user: userEvent.setup(), router };
}

describe('NotFoundPage', () => {
  it('says the page does not exist, and names the address', () => {
    renderAt('/jobdefs');

    expect(
      screen.getByRole('heading', { level: 1, name: 'Page not found' }),
    ).toBeTruthy();
    expect(screen.getByText(/does not exist/)).toBeTruthy();
    expect(screen.getByText('/jobdefs')).toBeTruthy();
    expect(screen.queryByText(/Not available yet/)).toBeNull();
  });

  it.each([
    ['Open the editor', '/', 'The editor'],
    ['See the job definitions', '/job-definitions', 'The job definitions'],
  ])('links to %s', async (name, path, shown) => {
    const { user, router } = renderAt('/nowhere');

    await user.click(screen.getByRole('link', { name }));

    expect(router.state.location.pathname).toBe(path);
    expect(screen.getByText(shown)).toBeTruthy();
  });
});
