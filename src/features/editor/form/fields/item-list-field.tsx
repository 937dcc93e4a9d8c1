import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { ReactNode } from 'react';

import { useDraftStore, useDraftValueSelector } from '@/draft/draft-context';
import { fieldInfo } from '@/model/field-info';
import type { IssuePath } from '@/model/issue';

import { fieldId } from './field-id';
import { issueText } from './issue-text';
import { labelFor } from './labels';
import { useIndexes, useListLength } from './use-list-length';
import { useIsReadOnly, useIssuesAt } from './use-field';

interface ItemListFieldProps {
  readonly path: IssuePath;
  readonly label?: string;
  readonly description?: string;
  readonly itemLabel: (index: number, item: unknown) => string;
  readonly addText: string;
  readonly newItem?: () => unknown;
  /** The form of one item, bound to that item's path. */
  readonly renderItem: (path: IssuePath) => ReactNode;
}

/**
 * A list of larger objects (volumes, containers, node ranges), one panel each.
 * The list follows only its length; each panel's title follows its own item,
 * so typing in one panel does not re-render the others.
 */
export function ItemListField(props: ItemListFieldProps) {
  const { path } = props;
  const store = useDraftStore();
  const length = useListLength(path);
  const indexes = useIndexes(length);
  const isReadOnly = useIsReadOnly();
  const issues = useIssuesAt(path);

  return (
    <FormField
      label={props.label ?? labelFor(path)}
      description={props.description ?? fieldInfo(path)?.description}
      stretch
      {...issueText(issues)}
    >
      <div id={fieldId(path)}>
        <SpaceBetween size="s">
          {indexes.map((index) => (
            <Container
              key={index}
              header={
                <ItemHeader
                  path={[...path, index]}
                  itemLabel={props.itemLabel}
                  isReadOnly={isReadOnly}
                  onRemove={() =>
                    store.setValue(
                      length === 1 ? path : [...path, index],
                      undefined,
                    )
                  }
                />
              }
            >
              {props.renderItem([...path, index])}
            </Container>
          ))}
          {length === 0 && <Box color="text-status-inactive">None</Box>}
          <Button
            disabled={isReadOnly}
            onClick={() =>
              store.setValue([...path, length], props.newItem?.() ?? {})
            }
          >
            {props.addText}
          </Button>
        </SpaceBetween>
      </div>
    </FormField>
  );
}

interface ItemHeaderProps {
  readonly path: IssuePath;
  readonly itemLabel: ItemListFieldProps['itemLabel'];
  readonly isReadOnly: boolean;
  readonly onRemove: () => void;
}

function ItemHeader({
  path,
  itemLabel,
  isReadOnly,
  onRemove,
}: ItemHeaderProps) {
  const index = path[path.length - 1];
  // Follows the title, not the item: typing in the panel leaves it alone.
  const title = useDraftValueSelector(path, (item) =>
    itemLabel(typeof index === 'number' ? index : 0, item),
  );

  return (
    <Header
      variant="h3"
      actions={
        <Button
          disabled={isReadOnly}
          ariaLabel={`Remove ${title}`}
          onClick={onRemove}
        >
          Remove
        </Button>
      }
    >
      <span id={fieldId(path)}>{title}</span>
    </Header>
  );
}
