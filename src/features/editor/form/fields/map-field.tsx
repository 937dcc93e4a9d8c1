import AttributeEditor from '@cloudscape-design/components/attribute-editor';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import { useState } from 'react';

import type { IssuePath } from '@/model/issue';

import { fieldId } from './field-id';
import { issueText } from './issue-text';
import { labelFor } from './labels';
import { displayText } from './text-field';
import { useField, useIssuesBelow } from './use-field';
import { usePage } from './use-page';

interface MapFieldProps {
  readonly path: IssuePath;
  readonly label?: string;
  readonly description?: string;
  readonly keyLabel?: string;
  readonly valueLabel?: string;
  readonly addText?: string;
}

interface Entry {
  readonly key: string;
  readonly value: string;
}

/**
 * A string map (tags, parameters, labels, options) as a key/value editor. Rows
 * without a key stay in the form until they get one; an empty map is removed
 * from the JSON.
 */
export function MapField(props: MapFieldProps) {
  const { path, label, description } = props;
  const field = useField(path);
  const issues = useIssuesBelow(path);
  const external = entriesOf(field.value);
  const externalKey = JSON.stringify(external);
  const [rows, setRows] = useState<{
    entries: readonly Entry[];
    synced: string;
  }>({ entries: external, synced: externalKey });
  if (
    rows.synced !== externalKey &&
    JSON.stringify(rows.entries.filter((e) => e.key !== '')) !== externalKey
  ) {
    setRows({ entries: external, synced: externalKey });
  }

  const write = (entries: readonly Entry[]) => {
    const kept = entries.filter((entry) => entry.key !== '');
    setRows({ entries, synced: JSON.stringify(kept) });
    field.set(
      kept.length === 0
        ? undefined
        : Object.fromEntries(kept.map((e) => [e.key, e.value])),
    );
  };
  const update = (index: number, change: Partial<Entry>) =>
    write(
      rows.entries.map((entry, i) =>
        i === index ? { ...entry, ...change } : entry,
      ),
    );
  const issueFor = (entry: Entry) =>
    issues
      .filter((issue) => issue.path[path.length] === entry.key)
      .map((i) => i.message)
      .join(' ');

  const page = usePage(rows.entries.length, label ?? labelFor(path));
  const shown = rows.entries.slice(page.start, page.end);

  return (
    <FormField
      label={label ?? labelFor(path)}
      description={description ?? field.info?.description}
      {...issueText(
        issues.filter((issue) => issue.path.length === path.length),
      )}
    >
      <div id={fieldId(path)}>
        <AttributeEditor<Entry>
          items={shown}
          addButtonText={props.addText ?? 'Add'}
          removeButtonText="Remove"
          disableAddButton={field.isReadOnly}
          isItemRemovable={() => !field.isReadOnly}
          empty="None"
          onAddButtonClick={() =>
            write([...rows.entries, { key: '', value: '' }])
          }
          onRemoveButtonClick={({ detail }) =>
            write(
              rows.entries.filter(
                (_, i) => i !== page.start + detail.itemIndex,
              ),
            )
          }
          definition={[
            {
              label: props.keyLabel ?? 'Key',
              control: (entry, index) => (
                <Input
                  value={entry.key}
                  readOnly={field.isReadOnly}
                  ariaLabel={`${props.keyLabel ?? 'Key'} ${page.start + index + 1}`}
                  onChange={({ detail }) =>
                    update(page.start + index, { key: detail.value })
                  }
                />
              ),
              errorText: (entry) => issueFor(entry) || undefined,
            },
            {
              label: props.valueLabel ?? 'Value',
              control: (entry, index) => (
                <Input
                  value={entry.value}
                  readOnly={field.isReadOnly}
                  ariaLabel={`${props.valueLabel ?? 'Value'} ${page.start + index + 1}`}
                  onChange={({ detail }) =>
                    update(page.start + index, { value: detail.value })
                  }
                />
              ),
            },
          ]}
        />
        {page.controls}
      </div>
    </FormField>
  );
}

function entriesOf(value: unknown): Entry[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return [];
  return Object.entries(value).map(([key, item]) => ({
    key,
    value: displayText(item),
  }));
}
