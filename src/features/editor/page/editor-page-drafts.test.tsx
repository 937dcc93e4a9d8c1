// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { FakeStorage } from './fake-storage';
import {
  openJson,
  renderEditorPage,
  savedText,
} from './testing/render-editor-page';

vi.mock('../json/json-view', async () => ({
  default: (await import('./testing/fake-views')).FakeJsonView,
}));
vi.mock('../form/form-view', async () => ({
  FormView: (await import('./testing/fake-views')).FakeFormView,
}));

// The whole page in jsdom, with Cloudscape's components, takes seconds on a
// busy two-core machine.
vi.setConfig({ testTimeout: 20_000 });

afterEach(cleanup);

describe('saved drafts on the editor page', () => {
  it('opens a first visit on the EC2 container template', async () => {
    const { user, storage } = renderEditorPage();

    const json = await openJson(user);

    expect(json.value).toContain('"jobDefinitionName": "my-ec2-job"');
    expect(savedText(storage)).toBe(json.value);
  });

  it('brings the draft back, broken JSON included, when the page opens again', async () => {
    const { user, storage, unmount } = renderEditorPage();
    const json = await openJson(user);
    await user.clear(json);
    await user.type(json, '{{ "jobDefinitionName": "half');
    await waitFor(() =>
      expect(savedText(storage)).toBe('{ "jobDefinitionName": "half'),
    );
    unmount();

    const again = renderEditorPage(storage);

    expect((await openJson(again.user)).value).toBe(
      '{ "jobDefinitionName": "half',
    );
  });

  it('warns when the browser refuses to save a draft that is too large', async () => {
    const { user } = renderEditorPage(new FakeStorage(20_000));
    const json = await openJson(user);

    await user.click(json);
    await user.paste(`"${'x'.repeat(30_000)}"`);

    expect(
      await screen.findByText('Your latest changes are not saved'),
    ).toBeTruthy();
    expect(
      screen.getByText(/refused to save the draft \(\d+ KB of JSON\)/),
    ).toBeTruthy();
  });

  it('asks before discarding the draft, and keeps it on cancel', async () => {
    const { user, storage } = renderEditorPage();
    const before = savedText(storage);

    await user.click(screen.getByRole('button', { name: 'Discard draft' }));
    const dialog = screen.getByRole('dialog', {
      name: /Discard “EC2 container”/,
    });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));

    expect(savedText(storage)).toBe(before);
  });

  it('discards the draft once confirmed and starts a new one', async () => {
    const { user, storage } = renderEditorPage();
    const json = await openJson(user);
    await user.clear(json);
    await user.type(json, '{{}');

    await user.click(screen.getByRole('button', { name: 'Discard draft' }));
    const dialog = screen.getByRole('dialog', { name: /Discard/ });
    await user.click(within(dialog).getByRole('button', { name: 'Discard' }));

    await waitFor(() =>
      expect(savedText(storage)).toContain('"jobDefinitionName": "my-ec2-job"'),
    );
  });

  it('renames the draft', async () => {
    const { user, storage } = renderEditorPage();

    await user.click(screen.getByRole('button', { name: 'Rename' }));
    const name = screen.getByRole('textbox', { name: 'Draft name' });
    await user.clear(name);
    await user.type(name, 'Nightly report{Enter}');

    expect(screen.getByRole('button', { name: /Nightly report/ })).toBeTruthy();
    expect(storage.getItem('jobdef-studio.drafts.v1')).toContain(
      'Nightly report',
    );
  });

  it('starts a new draft and switches back to the first one', async () => {
    const { user } = renderEditorPage();

    await user.click(screen.getByRole('button', { name: 'New draft' }));
    expect((await openJson(user)).value).toBe('{}\n');
    await user.click(screen.getByRole('button', { name: /Untitled draft/ }));
    await user.click(screen.getByRole('option', { name: 'EC2 container' }));

    expect((await openJson(user)).value).toContain('my-ec2-job');
  });
});
