import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';

import type { IssuePath } from '@/model/issue';

import { issueText } from './issue-text';
import { labelFor } from './labels';
import { useField } from './use-field';

interface TextFieldProps {
  readonly path: IssuePath;
  readonly label?: string;
  readonly description?: string;
  readonly placeholder?: string;
}

/** A text input bound to the draft; clearing it removes the field from the JSON. */
export function TextField({
  path,
  label,
  description,
  placeholder,
}: TextFieldProps) {
  const field = useField(path);

  return (
    <FormField
      label={label ?? labelFor(path)}
      description={description ?? field.info?.description}
      controlId={field.id}
      {...issueText(field.issues)}
    >
      <BoundTextInput path={path} placeholder={placeholder} />
    </FormField>
  );
}

/** The bare input, for tables of fields such as environment variables. */
export function BoundTextInput({
  path,
  placeholder,
  ariaLabel,
}: {
  readonly path: IssuePath;
  readonly placeholder?: string;
  readonly ariaLabel?: string;
}) {
  const field = useField(path);
  const text = displayText(field.value);

  return (
    <Input
      controlId={field.id}
      value={text}
      readOnly={field.isReadOnly}
      placeholder={placeholder}
      ariaLabel={ariaLabel}
      invalid={field.issues.some((issue) => issue.severity === 'error')}
      warning={field.issues.some((issue) => issue.severity === 'warning')}
      onChange={({ detail }) =>
        field.set(detail.value === '' ? undefined : detail.value)
      }
    />
  );
}

/** A value of any type as the text an input shows. */
export function displayText(value: unknown): string {
  if (value === undefined) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}
