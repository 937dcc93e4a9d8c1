import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { ReactNode } from 'react';

import { useDraftStore } from '@/draft/draft-context';
import type { IssuePath } from '@/model/issue';

import { fieldId } from './field-id';
import { issueText } from './issue-text';
import { labelFor } from './labels';
import { useField, useIssuesAt } from './use-field';

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

/** A list of larger objects (volumes, containers, node ranges), one panel each. */
export function ItemListField(props: ItemListFieldProps) {
  const { path } = props;
  const store = useDraftStore();
  const field = useField(path);
  const issues = useIssuesAt(path);
  const items = Array.isArray(field.value) ? field.value : [];

  return (
    <FormField
      label={props.label ?? labelFor(path)}
      description={props.description ?? field.info?.description}
      stretch
      {...issueText(issues)}
    >
      <SpaceBetween size="s">
        {items.map((item, index) => (
          <Container
            key={index}
            header={
              <Header
                variant="h3"
                actions={
                  <Button
                    disabled={field.isReadOnly}
                    ariaLabel={`Remove ${props.itemLabel(index, item)}`}
                    onClick={() =>
                      store.setValue(
                        items.length === 1 ? path : [...path, index],
                        undefined,
                      )
                    }
                  >
                    Remove
                  </Button>
                }
              >
                <span id={fieldId([...path, index])}>
                  {props.itemLabel(index, item)}
                </span>
              </Header>
            }
          >
            {props.renderItem([...path, index])}
          </Container>
        ))}
        {items.length === 0 && <Box color="text-status-inactive">None</Box>}
        <Button
          disabled={field.isReadOnly}
          onClick={() =>
            store.setValue([...path, items.length], props.newItem?.() ?? {})
          }
        >
          {props.addText}
        </Button>
      </SpaceBetween>
    </FormField>
  );
}
