import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import { useState } from 'react';

import type { IssuePath } from '@/model/issue';

import { issueText } from './issue-text';
import { labelFor } from './labels';
import { displayText } from './text-field';
import { useField } from './use-field';

interface NumberFieldProps {
  readonly path: IssuePath;
  readonly label?: string;
  readonly description?: string;
  readonly placeholder?: string;
}

/**
 * A number input bound to the draft. What the user types is kept as typed
 * ("1." on the way to "1.5"); only a complete number reaches the JSON, as a
 * JSON number. Clearing it removes the field.
 */
export function NumberField({
  path,
  label,
  description,
  placeholder,
}: NumberFieldProps) {
  const field = useField(path);
  const isInteger = field.info?.kind !== 'number';
  const typed = useTypedText(displayText(field.value));

  const handleChange = (text: string) => {
    const parsed = parseNumber(text, isInteger);
    typed.setText(text, parsed.ok ? parsed.written : undefined);
    if (parsed.ok) field.set(parsed.value);
  };
  const parsed = parseNumber(typed.text, isInteger);
  const localError = parsed.ok ? undefined : parsed.message;
  const shown = issueText(field.issues);

  return (
    <FormField
      label={label ?? labelFor(path)}
      description={description ?? field.info?.description}
      controlId={field.id}
      errorText={localError ?? shown.errorText}
      warningText={localError ? undefined : shown.warningText}
    >
      <Input
        controlId={field.id}
        value={typed.text}
        inputMode={isInteger ? 'numeric' : 'decimal'}
        readOnly={field.isReadOnly}
        placeholder={placeholder}
        invalid={localError !== undefined || shown.errorText !== undefined}
        onChange={({ detail }) => handleChange(detail.value)}
      />
    </FormField>
  );
}

type Parsed =
  | { ok: true; value: number | undefined; written: string }
  | { ok: false; message: string };

/** Reads typed text as a number; blank means "not set". */
export function parseNumber(text: string, isInteger: boolean): Parsed {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: undefined, written: '' };
  const value = Number(trimmed);
  if (!/^-?\d+(\.\d+)?$/.test(trimmed) || !Number.isFinite(value)) {
    return {
      ok: false,
      message: isInteger ? 'Enter a whole number.' : 'Enter a number.',
    };
  }
  if (isInteger && !Number.isInteger(value)) {
    return { ok: false, message: 'Enter a whole number.' };
  }
  return { ok: true, value, written: String(value) };
}

/**
 * Text typed into an input that mirrors a draft value: it follows the draft
 * when the draft changes elsewhere (the JSON view, a template), and otherwise
 * keeps the user's own characters.
 */
export function useTypedText(external: string) {
  const [state, setState] = useState({ text: external, written: external });
  if (state.written !== external && state.text !== external) {
    // The draft changed elsewhere: show its value (React's derived-state pattern).
    setState({ text: external, written: external });
  }
  return {
    text: state.text,
    setText(text: string, written: string | undefined) {
      setState((previous) => ({ text, written: written ?? previous.written }));
    },
  };
}
