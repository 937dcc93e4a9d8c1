import FormField from '@cloudscape-design/components/form-field';
import Multiselect from '@cloudscape-design/components/multiselect';

import type { IssuePath } from '@/model/issue';

import { issueText } from './issue-text';
import { labelFor } from './labels';
import { displayText } from './text-field';
import { useField, useIssuesBelow } from './use-field';
import { fieldInfo } from '@/model/field-info';

interface MultiChoiceFieldProps {
  readonly path: IssuePath;
  readonly label?: string;
  readonly description?: string;
}

/** A list of allowed values (such as device permissions); empty removes the field. */
export function MultiChoiceField({
  path,
  label,
  description,
}: MultiChoiceFieldProps) {
  const field = useField(path);
  const issues = useIssuesBelow(path);
  const values = fieldInfo([...path, 0])?.options ?? [];
  const selected = Array.isArray(field.value)
    ? field.value.map(displayText)
    : [];
  const options = [...new Set([...values, ...selected])].map((value) => ({
    value,
    label: value,
  }));

  return (
    <FormField
      label={label ?? labelFor(path)}
      description={description ?? field.info?.description}
      controlId={field.id}
      {...issueText(issues)}
    >
      <Multiselect
        controlId={field.id}
        options={options}
        selectedOptions={options.filter((option) =>
          selected.includes(option.value),
        )}
        disabled={field.isReadOnly}
        placeholder="Choose values"
        onChange={({ detail }) => {
          const chosen = detail.selectedOptions.flatMap(
            (option) => option.value ?? [],
          );
          field.set(chosen.length === 0 ? undefined : chosen);
        }}
      />
    </FormField>
  );
}
