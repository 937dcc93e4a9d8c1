import Input from '@cloudscape-design/components/input';

import type { IssuePath } from '@/model/issue';

import { parseNumber, useTypedText } from './number-field';
import { displayText } from './text-field';
import { useField } from './use-field';

interface BoundNumberInputProps {
  readonly path: IssuePath;
  readonly ariaLabel: string;
}

/**
 * A bare number input bound to the draft, for a cell of a row of fields
 * (NumberField is the labelled one). Only a complete number reaches the JSON,
 * as a JSON number; a half-typed one marks the input invalid.
 */
export function BoundNumberInput({ path, ariaLabel }: BoundNumberInputProps) {
  const field = useField(path);
  const isInteger = field.info?.kind !== 'number';
  const typed = useTypedText(displayText(field.value));
  const parsed = parseNumber(typed.text, isInteger);

  const handleChange = (text: string) => {
    const next = parseNumber(text, isInteger);
    typed.setText(text, next.ok ? next.written : undefined);
    if (next.ok) field.set(next.value);
  };

  return (
    <Input
      controlId={field.id}
      ariaLabel={ariaLabel}
      value={typed.text}
      inputMode={isInteger ? 'numeric' : 'decimal'}
      readOnly={field.isReadOnly}
      invalid={
        !parsed.ok || field.issues.some((issue) => issue.severity === 'error')
      }
      warning={field.issues.some((issue) => issue.severity === 'warning')}
      onChange={({ detail }) => handleChange(detail.value)}
    />
  );
}
