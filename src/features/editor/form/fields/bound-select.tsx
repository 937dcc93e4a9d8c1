import Select, { type SelectProps } from '@cloudscape-design/components/select';

import type { IssuePath } from '@/model/issue';

import { displayText } from './text-field';
import { useField } from './use-field';

interface BoundSelectProps {
  readonly path: IssuePath;
  readonly ariaLabel: string;
  /** Values to offer; the model's own values when left out. */
  readonly options?: readonly string[];
  readonly placeholder?: string;
}

const UNSET = '';

/**
 * A bare list of values bound to the draft, for a cell of a row of fields
 * (ChoiceField is the labelled one). A value the model does not know is still
 * shown; "Not set" removes an optional field.
 */
export function BoundSelect({
  path,
  ariaLabel,
  options,
  placeholder = 'Choose',
}: BoundSelectProps) {
  const field = useField(path);
  const values = options ?? field.info?.options ?? [];
  const current = field.value === undefined ? UNSET : displayText(field.value);
  const isOptional = field.info?.isRequired !== true;

  const choices: SelectProps.Option[] = [
    ...(isOptional ? [{ value: UNSET, label: 'Not set' }] : []),
    ...values.map((value) => ({ value, label: value })),
    ...(current !== UNSET && !values.includes(current)
      ? [{ value: current, label: current }]
      : []),
  ];
  const selected =
    current === UNSET
      ? null
      : (choices.find((choice) => choice.value === current) ?? null);

  return (
    <Select
      controlId={field.id}
      ariaLabel={ariaLabel}
      selectedOption={selected}
      options={choices}
      disabled={field.isReadOnly}
      placeholder={placeholder}
      invalid={field.issues.some((issue) => issue.severity === 'error')}
      warning={field.issues.some((issue) => issue.severity === 'warning')}
      onChange={({ detail }) => {
        const value = detail.selectedOption.value ?? UNSET;
        field.set(value === UNSET ? undefined : value);
      }}
    />
  );
}
