import FormField from '@cloudscape-design/components/form-field';
import Textarea from '@cloudscape-design/components/textarea';

import type { IssuePath } from '@/model/issue';

import { issueText } from './issue-text';
import { labelFor } from './labels';
import { useTypedText } from './number-field';
import { useField, useIssuesBelow } from './use-field';

interface StringListFieldProps {
  readonly path: IssuePath;
  readonly label?: string;
  readonly description?: string;
}

/** Lines of text as a JSON list of strings, one item per line. */
export function StringListField({
  path,
  label,
  description,
}: StringListFieldProps) {
  const field = useField(path);
  const issues = useIssuesBelow(path);
  const lines = Array.isArray(field.value)
    ? field.value.map((item) => String(item))
    : [];
  const typed = useTypedText(lines.join('\n'));

  const handleChange = (text: string) => {
    const items = text.split('\n');
    // A line being started is not an item yet.
    while (items.length > 0 && items[items.length - 1] === '') items.pop();
    typed.setText(text, items.join('\n'));
    field.set(items.length === 0 ? undefined : items);
  };

  return (
    <FormField
      label={label ?? labelFor(path)}
      description={
        description ?? `${field.info?.description ?? ''} One item per line.`
      }
      controlId={field.id}
      {...issueText(issues)}
    >
      <Textarea
        controlId={field.id}
        value={typed.text}
        rows={Math.min(8, Math.max(2, lines.length + 1))}
        readOnly={field.isReadOnly}
        onChange={({ detail }) => handleChange(detail.value)}
      />
    </FormField>
  );
}
