import * as monaco from 'monaco-editor/editor/editor.api';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import JsonWorker from 'monaco-editor/language/json/json.worker?worker';

// The same modules as the editor's JSON view imports (the editor API and the
// JSON language only), so the build shares one Monaco chunk between the two
// views. Features may not import each other, hence this small twin of the
// editor's setup; it leaves the JSON language's options to the editor.
import 'monaco-editor/languages/features/json/register';
import 'monaco-editor/languages/features/json/jsonMode';

// Workers come from the app's own bundle: nothing is fetched from a CDN.
self.MonacoEnvironment ??= {
  getWorker(_workerId, label) {
    return label === 'json' ? new JsonWorker() : new EditorWorker();
  },
};

export { monaco };
