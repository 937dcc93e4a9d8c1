import { loader } from '@monaco-editor/react';
import * as monaco from 'monaco-editor/editor/editor.api';
import { jsonDefaults } from 'monaco-editor/languages/features/json/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import JsonWorker from 'monaco-editor/language/json/json.worker?worker';

// The editor API and the JSON language only, not `monaco-editor` itself with
// its 80 languages. The JSON mode is imported up front (the language would
// load it on first use): in 0.57 its worker client registers every editor
// contribution (hover, suggest, find, folding...), and those must exist
// before the first editor is created, or it would lack them.
import 'monaco-editor/languages/features/json/jsonMode';

import { jobDefinitionJsonSchema } from '@/model/json-schema';

/** The URI of the JSON view's model, which the schema is bound to. */
export const DRAFT_MODEL_URI = 'inmemory://jobdef/job-definition.json';

const SCHEMA_URI = 'inmemory://jobdef/job-definition.schema.json';

// Workers come from the app's own bundle: nothing is fetched from a CDN.
self.MonacoEnvironment = {
  getWorker(_workerId, label) {
    return label === 'json' ? new JsonWorker() : new EditorWorker();
  },
};

loader.config({ monaco });

// Completion and hover come from the model's schema; problems come from the
// draft's own issues (as markers), so Monaco's validation stays off to show
// each problem once.
jsonDefaults.setDiagnosticsOptions({
  validate: false,
  allowComments: false,
  enableSchemaRequest: false,
  schemas: [
    {
      uri: SCHEMA_URI,
      fileMatch: [DRAFT_MODEL_URI],
      schema: jobDefinitionJsonSchema(),
    },
  ],
});
jsonDefaults.setModeConfiguration({
  ...jsonDefaults.modeConfiguration,
  diagnostics: false,
  colors: false,
});

export { monaco };
