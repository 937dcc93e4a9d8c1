import Alert from '@cloudscape-design/components/alert';
import Button from '@cloudscape-design/components/button';
import Textarea from '@cloudscape-design/components/textarea';
import type { ClipboardEvent } from 'react';

interface PasteTextAreaProps {
  readonly text: string;
  /** A paste too large to show, kept aside; null when there is none. */
  readonly largeText: string | null;
  readonly onChange: (text: string) => void;
  readonly onPaste: (event: ClipboardEvent) => void;
  readonly onClear: () => void;
}

function describeSize(text: string): string {
  const lines = text.split('\n').length.toLocaleString('en');
  const megabytes = (text.length / (1024 * 1024)).toFixed(1);
  return `${megabytes} MB, ${lines} lines`;
}

/** The text area of the paste dialog, or a summary of a very large paste. */
export function PasteTextArea({
  text,
  largeText,
  onChange,
  onPaste,
  onClear,
}: PasteTextAreaProps) {
  if (largeText !== null) {
    return (
      <Alert
        type="info"
        header={`Pasted ${describeSize(largeText)}`}
        action={<Button onClick={onClear}>Clear</Button>}
      >
        Too large to show here. Replace the draft with it, or open it as a new
        draft.
      </Alert>
    );
  }

  return (
    <div onPaste={onPaste}>
      <Textarea
        value={text}
        rows={14}
        spellcheck={false}
        placeholder='{ "jobDefinitionName": "…", "type": "container", … }'
        onChange={({ detail }) => onChange(detail.value)}
      />
    </div>
  );
}
