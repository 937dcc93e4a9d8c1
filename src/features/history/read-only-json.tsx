import StatusIndicator from '@cloudscape-design/components/status-indicator';
import Editor from '@monaco-editor/react';

import { monaco } from '@/ui/monaco';
import { useDarkMode } from '@/ui/use-dark-mode';

const OPTIONS: monaco.editor.IStandaloneEditorConstructionOptions = {
  readOnly: true,
  domReadOnly: true,
  ariaLabel: 'Revision JSON',
  minimap: { enabled: false },
  scrollBeyondLastLine: false,
  wordWrap: 'off',
};

/**
 * A revision's JSON in a read-only Monaco: folding and search, no edits.
 * Loaded lazily (default export for React.lazy).
 */
export default function ReadOnlyJson({ text }: { readonly text: string }) {
  const isDark = useDarkMode();

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
