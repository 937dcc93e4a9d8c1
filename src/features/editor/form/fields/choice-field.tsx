import FormField from '@cloudscape-design/components/form-field';
import Select, { type SelectProps } from '@cloudscape-design/components/select';

import type { IssuePath } from '@/model/issue';

import { issueText } from './issue-text';
import { labelFor } from './labels';
import { displayText } from './text-field';
import { useField } from './use-field';

interface ChoiceFieldProps {
  readonly path: IssuePath;
  readonly label?: string;
  readonly description?: string;
  /** Values to offer; the model's own values when left out. */
  readonly options?: readonly string[];
  /** Label of the "not set" entry of an optional field. */
  readonly unsetLabel?: string;
}

const UNSET = '';

/** A list of allowed values bound to the draft; "not set" removes the field. */
export function ChoiceField({
  path,
  label,
  description,
  options,
  unsetLabel,
}: ChoiceFieldProps) {
  const field = useField(path);
  const values = options ?? field.info?.options ?? [];
  const current = field.value === undefined ? UNSET : displayText(field.value);
  const isOptional = field.info?.isRequired !== true;

  const choices: SelectProps.Option[] = [
    ...(isOptional ? [{ value: UNSET, label: unsetLabel ?? 'Not set' }] : []),
    ...values.map((value) => ({
      value,
      label: value === '' ? '(empty)' : value,
    })),
    // A value the model does not know is still shown, with its issue.
    ...(current !== UNSET && !values.includes(current)
      ? [{ value: current, label: current }]
      : []),
  ];
  const selected = choices.find((choice) => choice.value === current) ?? null;

  return (
    <FormField
      label={label ?? labelFor(path)}
      description={description ?? field.info?.description}
      controlId={field.id}
      {...issueText(field.issues)}
    >
      <Select
        controlId={field.id}
        selectedOption={selected}
        options={choices}
        disabled={field.isReadOnly}
        placeholder="Choose a value"
        invalid={field.issues.some((issue) => issue.severity === 'error')}
        onChange={({ detail }) => {
          const value = detail.selectedOption.value ?? UNSET;
          field.set(value === UNSET && isOptional ? undefined : value);
        }}
      />
    </FormField>
  );
}
