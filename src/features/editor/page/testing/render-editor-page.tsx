import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { currentDraft, readLibrary } from '@/draft/draft-library';

import { EditorPage } from '../../editor-page';
import { FakeStorage } from '../fake-storage';

/**
 * Renders the editor page on a fake storage. Test files mock the two views
 * with ./fake-views first, so no Monaco and no full form are involved.
 */
export function renderEditorPage(storage: Storage = new FakeStorage()) {
  const user = userEvent.setup();
  const result = render(<EditorPage storage={storage} />);
  return { user, storage, ...result };
}

/** The current draft's text as saved in `storage`. */
export function savedText(storage: Storage): string | undefined {
  const library = readLibrary(storage);
  return library ? currentDraft(library)?.text : undefined;
}

/** The text in the (fake) JSON view; opens the JSON tab first. */
export async function openJson(
  user: ReturnType<typeof userEvent.setup>,
): Promise<HTMLTextAreaElement> {
  await user.click(screen.getByRole('tab', { name: 'JSON' }));
  const found = await screen.findByRole('textbox', {
    name: 'Job definition JSON',
  });
  if (!(found instanceof HTMLTextAreaElement)) throw new Error('no text area');
  return found;
}

/** Picks an item of a Cloudscape button dropdown. */
export async function pickMenuItem(
  user: ReturnType<typeof userEvent.setup>,
  button: string,
  item: RegExp,
): Promise<void> {
  await user.click(screen.getByRole('button', { name: button }));
  await user.click(screen.getByRole('menuitem', { name: item }));
}
