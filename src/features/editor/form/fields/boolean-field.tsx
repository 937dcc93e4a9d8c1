import FormField from '@cloudscape-design/components/form-field';
import Toggle from '@cloudscape-design/components/toggle';

import type { IssuePath } from '@/model/issue';

import { issueText } from './issue-text';
import { labelFor } from './labels';
import { useField } from './use-field';

interface BooleanFieldProps {
  readonly path: IssuePath;
  readonly label?: string;
  readonly description?: string;
  /** What AWS assumes when the field is left out. */
  readonly defaultValue?: boolean;
}

/**
 * A switch bound to the draft. Setting it to AWS's default removes the field
 * (no `false` left behind); the other position writes a JSON boolean.
 */
export function BooleanField({
  path,
  label,
  description,
  defaultValue = false,
}: BooleanFieldProps) {
  const field = useField(path);
  const isChecked =
    field.value === undefined ? defaultValue : field.value === true;

  return (
    <FormField
      description={description ?? field.info?.description}
      controlId={field.id}
      {...issueText(field.issues)}
    >
      <Toggle
        controlId={field.id}
        checked={isChecked}
        readOnly={field.isReadOnly}
        onChange={({ detail }) =>
          field.set(
            detail.checked === defaultValue ? undefined : detail.checked,
          )
        }
      >
        {label ?? labelFor(path)}
      </Toggle>
    </FormField>
  );
}
