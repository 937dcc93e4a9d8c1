import type { editor } from 'monaco-editor/editor/editor.api';

const BASE: editor.IStandaloneEditorConstructionOptions = {
  ariaLabel: 'Job definition JSON',
  wordWrap: 'off',
  minimap: { enabled: false },
  scrollBeyondLastLine: false,
  // Hovers and suggestions may leave the editor's box instead of being cut
  // off by the page's containers.
  fixedOverflowWidgets: true,
  formatOnPaste: false,
  formatOnType: false,
};

// Everything Monaco computes over the whole text on each change, with the
// results back on the main thread (folding, the outline behind sticky scroll,
// the bracket tree, links, word highlights): cheap for a job definition,
// seconds per keystroke on a multi-megabyte paste.
const WHOLE_TEXT_FEATURES: editor.IStandaloneEditorConstructionOptions = {
  folding: true,
  stickyScroll: { enabled: true },
  bracketPairColorization: { enabled: true },
  guides: {
    indentation: true,
    highlightActiveIndentation: true,
    highlightActiveBracketPair: true,
  },
  matchBrackets: 'always',
  occurrencesHighlight: 'singleFile',
  selectionHighlight: true,
  links: true,
  wordBasedSuggestions: 'currentDocument',
};

const WITHOUT_WHOLE_TEXT_FEATURES: editor.IStandaloneEditorConstructionOptions =
  {
    folding: false,
    stickyScroll: { enabled: false },
    bracketPairColorization: { enabled: false },
    guides: {
      indentation: false,
      highlightActiveIndentation: false,
      highlightActiveBracketPair: false,
    },
    matchBrackets: 'never',
    occurrencesHighlight: 'off',
    selectionHighlight: false,
    links: false,
    wordBasedSuggestions: 'off',
  };

const FULL = { ...BASE, ...WHOLE_TEXT_FEATURES };
const LIGHT = { ...BASE, ...WITHOUT_WHOLE_TEXT_FEATURES };

/**
 * The editor's options; for a heavy text (see `isHeavyText`), without the
 * features that work over the whole text. Two constants, so passing them as
 * a prop does not make Monaco update its options on every render.
 */
export function editorOptions(
  isHeavy: boolean,
): editor.IStandaloneEditorConstructionOptions {
  return isHeavy ? LIGHT : FULL;
}
