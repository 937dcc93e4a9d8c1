// @vitest-environment jsdom
import { act, cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';

import { fieldId } from './fields/field-id';
import { renderForm } from './testing/render-form';

const definition = {
  jobDefinitionName: 'focus',
  type: 'container',
  containerProperties: {
    image: 'busybox',
    resourceRequirements: [
      { type: 'VCPU', value: '1' },
      { type: 'MEMORY', value: '2048' },
    ],
    linuxParameters: { swappiness: 10 },
  },
};
const text = JSON.stringify(definition, null, 2);
const SWAPPINESS = ['containerProperties', 'linuxParameters', 'swappiness'];

afterEach(cleanup);

// Cloudscape forms render slowly in jsdom, the more so on a busy machine.
describe('section headers', { timeout: 30_000 }, () => {
  it('count the problems of a collapsed section as the JSON changes', async () => {
    const { store } = renderForm(text);
    const linux = screen.getByRole('heading', { name: /^Linux and storage/ });
    expect(linux.textContent).not.toMatch(/error/);

    act(() =>
      store.setText(
        text.replace('"swappiness": 10', '"swappiness": 500'),
        'json',
      ),
    );

    // The issues follow the text once the draft has checked it.
    await waitFor(() => expect(linux.textContent).toMatch(/\(1 error\)/));
    expect(screen.queryByRole('textbox', { name: 'Swappiness' })).toBeNull();
  });

  it('keep counting after the user collapses the section', async () => {
    renderForm(text.replace('"swappiness": 10', '"swappiness": 500'));
    const heading = screen.getByRole('heading', { name: /^Linux and storage/ });

    await userEvent.click(
      screen.getByRole('button', { name: /^Linux and storage/ }),
    );

    expect(heading.textContent).toMatch(/\(1 error\)/);
  });
});

describe('focus requests from the problems list', { timeout: 30_000 }, () => {
  it('open the collapsed section and focus the field of the path', async () => {
    const { focus } = renderForm(text);

    act(() => focus.request({ view: 'form', path: SWAPPINESS }));

    await waitFor(() =>
      expect(document.activeElement?.id).toBe(fieldId(SWAPPINESS)),
    );
    expect(screen.getByRole('textbox', { name: 'Swappiness' })).toBe(
      document.activeElement,
    );
  });

  it('land on the value of a resource entry named by its index', async () => {
    const { focus } = renderForm(text);
    const entry = ['containerProperties', 'resourceRequirements', 1];

    act(() => focus.request({ view: 'form', path: entry }));

    await waitFor(() =>
      expect(document.activeElement?.id).toBe(fieldId([...entry, 'value'])),
    );
  });

  it('land on the section of a problem about a whole block', async () => {
    const { focus } = renderForm(text);

    act(() => focus.request({ view: 'form', path: ['containerProperties'] }));

    await waitFor(() =>
      expect(
        document
          .getElementById(fieldId(['containerProperties']))
          ?.contains(document.activeElement),
      ).toBe(true),
    );
  });

  it('ignore requests for the JSON view', async () => {
    const { focus } = renderForm(text);

    act(() => focus.request({ view: 'json', path: SWAPPINESS }));
    await new Promise((resolve) => setTimeout(resolve, 100));

    expect(screen.queryByRole('textbox', { name: 'Swappiness' })).toBeNull();
  });
});
