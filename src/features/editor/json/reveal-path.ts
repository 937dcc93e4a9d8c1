import type { editor } from 'monaco-editor/editor/editor.api';

import type { DraftState } from '@/draft/draft-state';
import type { IssuePath } from '@/model/issue';

import { offsetRange } from './offset-range';
import { pathTextRange } from './path-text-range';

/** Selects the text of `path`, scrolls it to the middle and focuses the editor. */
export function revealPath(
  codeEditor: editor.IStandaloneCodeEditor,
  state: DraftState,
  path: IssuePath,
): void {
  const model = codeEditor.getModel();
  if (!model) return;

  const { offset, length } = pathTextRange(model.getValue(), state, path);
  const range = offsetRange((at) => model.getPositionAt(at), offset, length);
  codeEditor.setSelection(range);
  codeEditor.revealRangeInCenter(range);
  codeEditor.focus();
}
