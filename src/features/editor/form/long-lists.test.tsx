// @vitest-environment jsdom
import { act, cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';

import { fieldId } from './fields/field-id';
import { renderForm } from './testing/render-form';

afterEach(cleanup);

const CONTAINERS = ['ecsProperties', 'taskProperties', 0, 'containers'];

function ecsText(count: number, change?: (index: number) => object) {
  return JSON.stringify({
    jobDefinitionName: 'many-containers',
    type: 'container',
    ecsProperties: {
      taskProperties: [
        {
          containers: Array.from({ length: count }, (_, i) => ({
            name: `c${i}`,
            image: `app:${i}`,
            essential: true,
            ...change?.(i),
          })),
        },
      ],
    },
  });
}

const imageOf = (index: number) =>
  document.getElementById(fieldId([...CONTAINERS, index, 'image']));

// Renders of Cloudscape forms are slow in jsdom.
describe('a long list of containers', { timeout: 60_000 }, () => {
  it('starts collapsed, each container titled, its form mounted on opening', async () => {
    renderForm(ecsText(10));

    expect(screen.getByRole('button', { name: 'c9' })).toBeTruthy();
    expect(imageOf(9)).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'c9' }));

    expect(imageOf(9)).toBeTruthy();
    expect(imageOf(8)).toBeNull();
  });

  it('keeps a short list open', () => {
    renderForm(ecsText(3));

    expect(imageOf(2)).toBeTruthy();
  });

  it('opens a container holding a problem, and counts it in its header', () => {
    renderForm(ecsText(10, (i) => (i === 4 ? { image: 'no spaces' } : {})));

    expect(imageOf(4)).toBeTruthy();
    expect(imageOf(5)).toBeNull();
    expect(screen.getByRole('heading', { name: /^c4/ }).textContent).toMatch(
      /\(1 warning\)/,
    );
  });

  it('opens the container of a field shown from the problems list, and focuses it', async () => {
    const { focus } = renderForm(ecsText(10));
    const target = [...CONTAINERS, 6, 'image'];

    act(() => focus.request({ view: 'form', path: target }));

    await waitFor(() =>
      expect(document.activeElement?.id).toBe(fieldId(target)),
    );
  });

  it('opens a container the user adds', async () => {
    renderForm(ecsText(5));

    await userEvent.click(
      screen.getByRole('button', { name: 'Add container' }),
    );

    await waitFor(() => expect(imageOf(5)).toBeTruthy());
    expect(imageOf(4)).toBeNull();
  });
});
