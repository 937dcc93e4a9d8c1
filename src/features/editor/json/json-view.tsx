import StatusIndicator from '@cloudscape-design/components/status-indicator';
import Editor from '@monaco-editor/react';
import type { editor } from 'monaco-editor/editor/editor.api';
import { useEffect, useEffectEvent, useState } from 'react';

import { useDraftStore } from '@/draft/draft-context';

import type { PasteConversion } from '../convert-paste';
import { useEditorServices } from '../editor-context';
import { bindDraft } from './bind-draft';
import { bindPaste } from './bind-paste';
import { createFeatureSwitch } from './create-feature-switch';
import { createMarkerPainter } from './create-marker-painter';
import { editorOptions } from './editor-options';
import { HEAVY_TEXT_LENGTH, isHeavyText } from './is-heavy-text';
import { DRAFT_MODEL_URI, monaco } from './monaco-setup';
import { revealPath } from './reveal-path';
import { useDarkMode } from '@/ui/use-dark-mode';

const SEVERITIES = {
  error: monaco.MarkerSeverity.Error,
  warning: monaco.MarkerSeverity.Warning,
};

const HEIGHT = 'max(24rem, calc(100vh - 22rem))';

/**
 * The JSON view of the draft: Monaco, bundled with the app, on the draft's
 * text exactly as the user typed it, with the draft's issues as markers.
 * Loaded lazily by the editor page (default export for React.lazy).
 */
export default function JsonView() {
  const store = useDraftStore();
  const { focus, reportPaste } = useEditorServices();
  const isDark = useDarkMode();
  const [codeEditor, setCodeEditor] =
    useState<editor.IStandaloneCodeEditor | null>(null);
  // Only the first text: later changes reach the model as edits.
  const [initialText] = useState(() => store.getState().text);
  const [initialOptions] = useState(() =>
    editorOptions(isHeavyText(initialText)),
  );

  const handlePaste = useEffectEvent((conversion: PasteConversion) =>
    reportPaste(conversion),
  );

  useEffect(() => {
    const model = codeEditor?.getModel();
    if (!codeEditor || !model) return;

    const paintMarkers = createMarkerPainter(
      monaco.editor.setModelMarkers,
      model,
      SEVERITIES,
    );
    const setHeavy = createFeatureSwitch(
      codeEditor,
      monaco.editor.setModelLanguage,
    );
    const draftBinding = bindDraft(codeEditor, store, (state) => {
      setHeavy(isHeavyText(state.text));
      paintMarkers(state);
    });
    // Before Monaco inserts a heavy paste, so its JSON features never see it.
    const handleNativePaste = (event: ClipboardEvent) => {
      const pasted = event.clipboardData?.getData('text/plain') ?? '';
      if (pasted.length > HEAVY_TEXT_LENGTH) setHeavy(true);
    };
    const container = codeEditor.getContainerDomNode();
    container.addEventListener('paste', handleNativePaste, true);
    const pasteBinding = bindPaste(
      codeEditor,
      () => store.getState().syntaxError === null,
      handlePaste,
    );
    const unsubscribeFocus = focus.subscribe((request) => {
      if (request.view === 'json') {
        revealPath(codeEditor, store.getState(), request.path);
      }
    });
    return () => {
      draftBinding.dispose();
      pasteBinding.dispose();
      container.removeEventListener('paste', handleNativePaste, true);
      unsubscribeFocus();
    };
  }, [codeEditor, store, focus]);

  return (
    <div style={{ height: HEIGHT }}>
      <Editor
        path={DRAFT_MODEL_URI}
        defaultLanguage="json"
        defaultValue={initialText}
        // Not keepCurrentModel: the model and its undo history live as long
        // as the view. The page keeps the view mounted across tab switches,
        // and a new draft gets a new view, whose undo must not bring back
        // another draft's text.
        theme={isDark ? 'vs-dark' : 'vs'}
        options={initialOptions}
        loading={
          <StatusIndicator type="loading">
            Loading the JSON editor
          </StatusIndicator>
        }
        onMount={setCodeEditor}
      />
    </div>
  );
}
