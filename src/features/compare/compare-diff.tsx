import type { editor } from 'monaco-editor/editor/editor.api';
import { useEffect, useRef } from 'react';

import { monaco } from '@/ui/monaco';
import { useDarkMode } from '@/ui/use-dark-mode';

interface CompareDiffProps {
  readonly original: string;
  readonly modified: string;
  readonly originalLabel: string;
  readonly modifiedLabel: string;
}

const HEIGHT = 'max(24rem, calc(100vh - 26rem))';

/**
 * Monaco's diff editor, read-only and side by side. Built on
 * `createDiffEditor` rather than @monaco-editor/react's DiffEditor, which
 * disposes the text models before the widget on unmount (Monaco then
 * reports an error): here the widget goes first. Loaded lazily by the
 * compare page (default export for React.lazy).
 */
export default function CompareDiff({
  original,
  modified,
  originalLabel,
  modifiedLabel,
}: CompareDiffProps) {
  const host = useRef<HTMLDivElement>(null);
  const diff = useRef<editor.IStandaloneDiffEditor | null>(null);
  const isDark = useDarkMode();

  useEffect(() => {
    const element = host.current;
    if (!element) return;

    const models = {
      original: monaco.editor.createModel('', 'json'),
      modified: monaco.editor.createModel('', 'json'),
    };
    const widget = monaco.editor.createDiffEditor(element, {
      readOnly: true,
      originalEditable: false,
      renderSideBySide: true,
      useInlineViewWhenSpaceIsLimited: false,
      automaticLayout: true,
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      renderOverviewRuler: false,
      originalAriaLabel: `${originalLabel} (left, read-only)`,
      modifiedAriaLabel: `${modifiedLabel} (right, read-only)`,
    });
    // The diff options name only the hidden text areas; each side's edit
    // context (what screen readers reach in Monaco 0.57) needs its own name.
    widget
      .getOriginalEditor()
      .updateOptions({ ariaLabel: `${originalLabel} (left, read-only)` });
    widget
      .getModifiedEditor()
      .updateOptions({ ariaLabel: `${modifiedLabel} (right, read-only)` });
    widget.setModel(models);
    diff.current = widget;
    return () => {
      diff.current = null;
      widget.dispose();
      models.original.dispose();
      models.modified.dispose();
    };
  }, [originalLabel, modifiedLabel]);

  // Runs after the widget is made (effects run in order), and again with it.
  useEffect(() => {
    const models = diff.current?.getModel();
    if (!models) return;

    if (models.original.getValue() !== original)
      models.original.setValue(original);
    if (models.modified.getValue() !== modified)
      models.modified.setValue(modified);
  }, [original, modified, originalLabel, modifiedLabel]);

  useEffect(() => {
    monaco.editor.setTheme(isDark ? 'vs-dark' : 'vs');
  }, [isDark]);

  return (
    <div
      ref={host}
      data-testid="compare-diff"
      style={{ height: HEIGHT, width: '100%' }}
    />
  );
}
