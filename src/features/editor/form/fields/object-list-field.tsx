import AttributeEditor from '@cloudscape-design/components/attribute-editor';
import FormField from '@cloudscape-design/components/form-field';
import type { ReactNode } from 'react';

import { useDraftStore } from '@/draft/draft-context';
import { fieldInfo } from '@/model/field-info';
import type { IssuePath } from '@/model/issue';

import { fieldId } from './field-id';
import { issueText } from './issue-text';
import { labelFor } from './labels';
import { useIndexes, useListLength } from './use-list-length';
import { usePage } from './use-page';
import { useIsReadOnly, useIssuesBelow } from './use-field';

export interface ListColumn {
  readonly key: string;
  readonly label: string;
  /** The control for one item's field, bound to that item's path. */
  readonly render: (path: IssuePath) => ReactNode;
}

interface ObjectListFieldProps {
  readonly path: IssuePath;
  readonly columns: readonly ListColumn[];
  readonly label?: string;
  readonly description?: string;
  readonly addText: string;
  /** The item a new row starts with. */
  readonly newItem?: () => Record<string, unknown>;
}

/**
 * A list of small objects (environment variables, mount points, ulimits...) as
 * rows of fields. Each cell is bound to its own path, so typing in one cell
 * changes only that value in the JSON. Removing the last row removes the list.
 */
export function ObjectListField(props: ObjectListFieldProps) {
  const { path, columns } = props;
  const store = useDraftStore();
  const length = useListLength(path);
  const items = useIndexes(length);
  const page = usePage(length, labelFor(path));
  const shown = items.slice(page.start, page.end);
  const isReadOnly = useIsReadOnly();
  const issues = useIssuesBelow(path);

  // Adding and removing edit one item of the list, not the whole list.
  const handleAdd = () => {
    store.setValue([...path, length], props.newItem?.() ?? {});
  };
  const handleRemove = (index: number) => {
    store.setValue(length === 1 ? path : [...path, index], undefined);
  };
  const rowIssues = (index: number) =>
    issues
      .filter((issue) => issue.path[path.length] === index)
      .map((issue) => issue.message)
      .join(' ');

  return (
    <FormField
      label={props.label ?? labelFor(path)}
      description={props.description ?? fieldInfo(path)?.description}
      {...issueText(
        issues.filter((issue) => issue.path.length === path.length),
      )}
    >
      <div id={fieldId(path)}>
        <AttributeEditor<number>
          items={shown}
          addButtonText={props.addText}
          removeButtonText="Remove"
          disableAddButton={isReadOnly}
          isItemRemovable={() => !isReadOnly}
          empty="None"
          onAddButtonClick={handleAdd}
          onRemoveButtonClick={({ detail }) =>
            handleRemove(page.start + detail.itemIndex)
          }
          definition={columns.map((column, columnIndex) => ({
            label: column.label,
            control: (index: number) =>
              column.render([...path, index, column.key]),
            errorText:
              columnIndex === 0
                ? (index: number) => rowIssues(index) || undefined
                : undefined,
          }))}
        />
        {page.controls}
      </div>
    </FormField>
  );
}
