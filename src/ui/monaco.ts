import { loader } from '@monaco-editor/react';
import * as monaco from 'monaco-editor/editor/editor.api';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import JsonWorker from 'monaco-editor/language/json/json.worker?worker';

// The editor API and the JSON language only, not `monaco-editor` itself with
// its 80 languages. The JSON mode is imported up front (the language would
// load it on first use): in 0.57 its worker client registers every editor
// contribution (hover, suggest, find, folding...), and those must exist
// before the first editor is created, or it would lack them. Every view
// that shows Monaco (the JSON view, a revision's JSON, the compare diff)
// imports it from here, so the build holds one Monaco chunk.
import 'monaco-editor/languages/features/json/register';
import 'monaco-editor/languages/features/json/jsonMode';

// Workers come from the app's own bundle: nothing is fetched from a CDN.
self.MonacoEnvironment = {
  getWorker(_workerId, label) {
    return label === 'json' ? new JsonWorker() : new EditorWorker();
  },
};

// @monaco-editor/react uses this bundled Monaco, never a CDN's.
loader.config({ monaco });

export { monaco };
