import Checkbox from '@cloudscape-design/components/checkbox';

import type { IssuePath } from '@/model/issue';

import { useField } from './use-field';

interface BoundCheckboxProps {
  readonly path: IssuePath;
  readonly label: string;
  /** What AWS assumes when the field is left out. */
  readonly defaultValue?: boolean;
}

/**
 * A bare checkbox bound to the draft, for a cell of a row of fields. As with
 * BooleanField, choosing AWS's default removes the field.
 */
export function BoundCheckbox({
  path,
  label,
  defaultValue = false,
}: BoundCheckboxProps) {
  const field = useField(path);
  const isChecked =
    field.value === undefined ? defaultValue : field.value === true;

  return (
    <Checkbox
      controlId={field.id}
      checked={isChecked}
      readOnly={field.isReadOnly}
      onChange={({ detail }) =>
        field.set(detail.checked === defaultValue ? undefined : detail.checked)
      }
    >
      {label}
    </Checkbox>
  );
}
