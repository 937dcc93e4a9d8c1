import { jsonDefaults } from 'monaco-editor/languages/features/json/register';

import { jobDefinitionJsonSchema } from '@/model/json-schema';
import { monaco } from '@/ui/monaco';

/** The URI of the JSON view's model, which the schema is bound to. */
export const DRAFT_MODEL_URI = 'inmemory://jobdef/job-definition.json';

const SCHEMA_URI = 'inmemory://jobdef/job-definition.schema.json';

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
