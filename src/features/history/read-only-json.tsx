import StatusIndicator from '@cloudscape-design/components/status-indicator';
import Editor, { loader } from '@monaco-editor/react';
import * as monaco from 'monaco-editor/editor/editor.api';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import JsonWorker from 'monaco-editor/language/json/json.worker?worker';
import 'monaco-editor/languages/features/json/register';
import 'monaco-editor/languages/features/json/jsonMode';
import { useSyncExternalStore } from 'react';

// The same bundled Monaco as the editor's JSON view (nothing from a CDN);
// set up here too, because this page may be the first to load it.
self.MonacoEnvironment = {
  getWorker(_workerId, label) {
    return label === 'json' ? new JsonWorker() : new EditorWorker();
  },
};
loader.config({ monaco });

const OPTIONS: monaco.editor.IStandaloneEditorConstructionOptions = {
  readOnly: true,
  domReadOnly: true,
  ariaLabel: 'Revision JSON',
  minimap: { enabled: false },
  scrollBeyondLastLine: false,
  wordWrap: 'off',
};

// Cloudscape marks dark mode with this class on the body.
function subscribeToMode(onChange: () => void) {
  const observer = new MutationObserver(onChange);
  observer.observe(document.body, {
    attributes: true,
    attributeFilter: ['class'],
  });
  return () => observer.disconnect();
}
const isDarkMode = () => document.body.classList.contains('awsui-dark-mode');

/**
 * A revision's JSON in a read-only Monaco: folding and search, no edits.
 * Loaded lazily (default export for React.lazy).
 */
export default function ReadOnlyJson({ text }: { readonly text: string }) {
  const isDark = useSyncExternalStore(subscribeToMode, isDarkMode, () => false);

  return (
    <div style={{ height: 'max(24rem, calc(100vh - 26rem))' }}>
      <Editor
        language="json"
        value={text}
        theme={isDark ? 'vs-dark' : 'vs'}
        options={OPTIONS}
        loading={
          <StatusIndicator type="loading">
            Loading the JSON view
          </StatusIndicator>
        }
      />
    </div>
  );
}
