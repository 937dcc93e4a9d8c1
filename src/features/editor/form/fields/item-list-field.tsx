import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState, type ReactNode } from 'react';

import { useDraftStore, useDraftValueSelector } from '@/draft/draft-context';
import { fieldInfo } from '@/model/field-info';
import type { IssuePath } from '@/model/issue';

import { CollapsibleItem } from './collapsible-item';
import { fieldId } from './field-id';
import { issueText } from './issue-text';
import { labelFor } from './labels';
import { useIndexes, useListLength } from './use-list-length';
import { useIsReadOnly, useIssuesAt } from './use-field';

/** Lists longer than this (containers, node ranges) start collapsed. */
export const COLLAPSE_ABOVE = 3;

interface ItemListFieldProps {
  readonly path: IssuePath;
  readonly label?: string;
  readonly description?: string;
  readonly itemLabel: (index: number, item: unknown) => string;
  readonly addText: string;
  readonly newItem?: () => unknown;
  /** The form of one item, bound to that item's path. */
  readonly renderItem: (path: IssuePath) => ReactNode;
  /**
   * Makes each item a collapsible panel, which starts collapsed (its form
   * not mounted) while the list has more items than this; an item with a
   * problem, or just added, starts open.
   */
  readonly collapseAbove?: number;
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
  // The item the user just added opens, whatever the list's length.
  const [added, setAdded] = useState<number | null>(null);
  const isCollapsible = props.collapseAbove !== undefined;
  const isLong = length > (props.collapseAbove ?? Infinity);

  return (
    <FormField
      label={props.label ?? labelFor(path)}
      description={props.description ?? fieldInfo(path)?.description}
      stretch
      {...issueText(issues)}
    >
      <div id={fieldId(path)}>
        <SpaceBetween size="s">
          {indexes.map((index) => {
            const header: ItemHeaderProps = {
              path: [...path, index],
              itemLabel: props.itemLabel,
              isReadOnly,
              onRemove: () =>
                store.setValue(
                  length === 1 ? path : [...path, index],
                  undefined,
                ),
            };
            return isCollapsible ? (
              <CollapsibleItem
                key={index}
                path={header.path}
                header={<ItemTitle {...header} />}
                actions={<RemoveButton {...header} />}
                defaultExpanded={!isLong || index === added}
              >
                {props.renderItem(header.path)}
              </CollapsibleItem>
            ) : (
              <Container key={index} header={<ItemHeader {...header} />}>
                {props.renderItem(header.path)}
              </Container>
            );
          })}
          {length === 0 && <Box color="text-status-inactive">None</Box>}
          <Button
            disabled={isReadOnly}
            onClick={() => {
              setAdded(length);
              store.setValue([...path, length], props.newItem?.() ?? {});
            }}
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

/** The item's title; follows the title, not the item, so typing in the panel leaves it alone. */
function useItemTitle(
  path: IssuePath,
  itemLabel: ItemListFieldProps['itemLabel'],
): string {
  const index = path[path.length - 1];
  return useDraftValueSelector(path, (item) =>
    itemLabel(typeof index === 'number' ? index : 0, item),
  );
}

function ItemTitle({
  path,
  itemLabel,
}: Omit<ItemHeaderProps, 'isReadOnly' | 'onRemove'>) {
  return <span id={fieldId(path)}>{useItemTitle(path, itemLabel)}</span>;
}

function RemoveButton({
  path,
  itemLabel,
  isReadOnly,
  onRemove,
}: ItemHeaderProps) {
  const title = useItemTitle(path, itemLabel);

  return (
    <Button
      disabled={isReadOnly}
      ariaLabel={`Remove ${title}`}
      onClick={onRemove}
    >
      Remove
    </Button>
  );
}

function ItemHeader(props: ItemHeaderProps) {
  return (
    <Header variant="h3" actions={<RemoveButton {...props} />}>
      <ItemTitle path={props.path} itemLabel={props.itemLabel} />
    </Header>
  );
}
