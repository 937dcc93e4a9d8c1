import type { editor } from 'monaco-editor/editor/editor.api';

import { editorOptions } from './editor-options';

/**
 * Returns a switch for the editor's features: for a heavy text (see
 * `isHeavyText`) the model is plain text (no JSON worker requests, whose
 * recursive parser overflows on deep nesting, and no tokenizing of
 * megabytes) and the editor drops its whole-text features; both come back
 * when the text is light again. The draft's markers stay either way.
 */
export function createFeatureSwitch(
  codeEditor: editor.IStandaloneCodeEditor,
  setModelLanguage: typeof editor.setModelLanguage,
): (isHeavy: boolean) => void {
  let isCurrentlyHeavy: boolean | undefined;
  return (isHeavy) => {
    const model = codeEditor.getModel();
    if (!model || isHeavy === isCurrentlyHeavy) return;

    isCurrentlyHeavy = isHeavy;
    // The bracket colours are a model option in 0.57, which the editor
    // option does not reach once the model exists. Turned off before the
    // language changes, or Monaco rebuilds its bracket tree for nothing.
    model.updateOptions({
      bracketColorizationOptions: {
        enabled: !isHeavy,
        independentColorPoolPerBracketType: false,
      },
    });
    setModelLanguage(model, isHeavy ? 'plaintext' : 'json');
    codeEditor.updateOptions(editorOptions(isHeavy));
  };
}
