import { currentDraft, readLibrary } from '@/draft/draft-library';

export type CurrentDraft =
  | { readonly ok: true; readonly draftName: string; readonly value: unknown }
  | { readonly ok: false; readonly problem: string };

/** The editor's current draft as saved in this browser, parsed. */
export function readCurrentDraft(storage: Storage | undefined): CurrentDraft {
  const library = storage ? readLibrary(storage) : undefined;
  const draft = library ? currentDraft(library) : undefined;
  if (!draft)
    return {
      ok: false,
      problem:
        'There is no draft saved in this browser. Write or load one in the editor first.',
    };

  let value: unknown;
  try {
    value = JSON.parse(draft.text);
  } catch {
    return {
      ok: false,
      problem: `The draft "${draft.name}" is not valid JSON. Fix it in the editor, where the error is shown at its line, then compare again.`,
    };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return {
      ok: false,
      problem: `The draft "${draft.name}" is not a JSON object, so it is not a job definition.`,
    };
  return { ok: true, draftName: draft.name, value };
}

/** The page's localStorage, or undefined where the browser blocks it. */
export function pageStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
