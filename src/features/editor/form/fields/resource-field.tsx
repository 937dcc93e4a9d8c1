import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';

import { useDraftStore } from '@/draft/draft-context';
import type { IssuePath } from '@/model/issue';

import { fieldId } from './field-id';
import { issueText } from './issue-text';
import { parseNumber, useTypedText } from './number-field';
import { displayText } from './text-field';
import { useField, useIssuesAt, useIssuesBelow } from './use-field';

type ResourceType = 'VCPU' | 'MEMORY' | 'GPU';

interface ResourceFieldProps {
  /** The container (or task container) that holds resourceRequirements. */
  readonly containerPath: IssuePath;
  readonly type: ResourceType;
  readonly label: string;
  readonly description: string;
}

// Container-level issues that belong under this input.
const CONTAINER_CODES: Readonly<Record<ResourceType, readonly string[]>> = {
  VCPU: ['vcpu-missing'],
  MEMORY: ['memory-missing'],
  GPU: [],
};

/**
 * vCPUs, memory or GPUs of a container, stored the way AWS wants them: as a
 * string value in a resourceRequirements entry of that type. Clearing the
 * input removes the entry (and the list when it was the last one).
 */
export function ResourceField({
  containerPath,
  type,
  label,
  description,
}: ResourceFieldProps) {
  const store = useDraftStore();
  const listPath = [...containerPath, 'resourceRequirements'];
  const list = useField(listPath);
  const entries = Array.isArray(list.value) ? list.value : [];
  const index = entries.findIndex(
    (entry: unknown) =>
      typeof entry === 'object' &&
      entry !== null &&
      'type' in entry &&
      entry.type === type,
  );
  const entryPath = [...listPath, index];
  const entryIssues = useIssuesBelow(
    index >= 0 ? entryPath : [...listPath, -1],
  );
  const containerIssues = useIssuesAt(containerPath).filter((issue) =>
    CONTAINER_CODES[type].includes(issue.code),
  );
  const entry: unknown = index >= 0 ? entries[index] : undefined;
  const external =
    typeof entry === 'object' && entry !== null && 'value' in entry
      ? displayText(entry.value)
      : '';
  const typed = useTypedText(external);
  const isInteger = type !== 'VCPU';

  const handleChange = (text: string) => {
    const parsed = parseNumber(text, isInteger);
    typed.setText(text, parsed.ok ? parsed.written : undefined);
    if (!parsed.ok) return;
    if (parsed.value === undefined) {
      if (index >= 0)
        store.setValue(entries.length === 1 ? listPath : entryPath, undefined);
    } else if (index >= 0) {
      store.setValue([...entryPath, 'value'], parsed.written);
    } else {
      store.setValue([...listPath, entries.length], {
        type,
        value: parsed.written,
      });
    }
  };
  const parsed = parseNumber(typed.text, isInteger);
  const shown = issueText([...entryIssues, ...containerIssues]);
  const localError = parsed.ok ? undefined : parsed.message;
  // Problems about the value (or a missing entry) jump to this input.
  const id = fieldId(
    index >= 0 ? [...entryPath, 'value'] : [...listPath, type],
  );

  return (
    <FormField
      label={label}
      description={description}
      controlId={id}
      errorText={localError ?? shown.errorText}
      warningText={localError ? undefined : shown.warningText}
    >
      <Input
        controlId={id}
        value={typed.text}
        inputMode={isInteger ? 'numeric' : 'decimal'}
        readOnly={list.isReadOnly}
        invalid={localError !== undefined || shown.errorText !== undefined}
        onChange={({ detail }) => handleChange(detail.value)}
      />
    </FormField>
  );
}
