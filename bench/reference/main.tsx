import Form, { type IChangeEvent } from '@rjsf/core';
import type { RJSFSchema } from '@rjsf/utils';
import validator from '@rjsf/validator-ajv8';
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';

import { jobDefinitionJsonSchema } from '@/model/json-schema';

import { largeDefinition } from '../large-definitions';

// The JSON Schema generator returns a plain record; it is a draft-07 schema,
// which is what rjsf reads.
const schema = jobDefinitionJsonSchema() as RJSFSchema;

const initial = largeDefinition(
  new URLSearchParams(window.location.search).get('definition') ?? 'ecs',
);

/**
 * Where the benchmark sees that rjsf's onChange has run: the last name it
 * was given.
 */
function reportChange(formData: unknown) {
  const name =
    typeof formData === 'object' && formData !== null
      ? Reflect.get(formData, 'jobDefinitionName')
      : undefined;
  Reflect.set(window, 'referenceLastName', name);
}

/** The large definition in rjsf, controlled as an app would hold it. */
function ReferenceForm() {
  const [formData, setFormData] = useState<unknown>(initial);

  const handleChange = (event: IChangeEvent) => {
    setFormData(event.formData);
    reportChange(event.formData);
  };

  return (
    <Form
      schema={schema}
      validator={validator}
      formData={formData}
      onChange={handleChange}
    />
  );
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <ReferenceForm />
    </StrictMode>,
  );
}
