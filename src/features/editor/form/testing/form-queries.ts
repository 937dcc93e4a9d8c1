import { within } from '@testing-library/react';

import type { IssuePath } from '@/model/issue';

import { fieldId } from '../fields/field-id';

/**
 * Queries scoped to the block of the form at `path` (a section's anchor).
 * Label queries over a whole Cloudscape form take seconds in jsdom, so tests
 * look inside the section that holds the field. Test-only.
 */
export function inBlock(path: IssuePath) {
  const element = document.getElementById(fieldId(path));
  if (!element) throw new Error(`no block of the form has ${fieldId(path)}`);
  return within(element);
}

/** The text box labelled `name` inside the block at `path`. */
export function textbox(path: IssuePath, name: string | RegExp): HTMLElement {
  return inBlock(path).getByRole('textbox', { name });
}
