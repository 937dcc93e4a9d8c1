import ExpandableSection from '@cloudscape-design/components/expandable-section';
import SpaceBetween from '@cloudscape-design/components/space-between';

import { fieldInfo } from '@/model/field-info';
import type { IssuePath } from '@/model/issue';

import { BooleanField } from './boolean-field';
import { ChoiceField } from './choice-field';
import { ItemListField } from './item-list-field';
import { labelFor } from './labels';
import { MapField } from './map-field';
import { MultiChoiceField } from './multi-choice-field';
import { NumberField } from './number-field';
import { StringListField } from './string-list-field';
import { TextField } from './text-field';
import { useIssuesBelow } from './use-field';

interface GenericFieldsProps {
  /** The object whose fields to show. */
  readonly path: IssuePath;
  /** Field names to leave out (shown elsewhere by a purpose-built control). */
  readonly omit?: readonly string[];
}

/**
 * Every field of an object of the request, each with the control its kind
 * calls for and its help text from the model. Purpose-built sections use it
 * for the fields they do not lay out themselves, so no field of the model is
 * reachable only through JSON.
 */
export function GenericFields({ path, omit = [] }: GenericFieldsProps) {
  const keys = (fieldInfo(path)?.keys ?? []).filter(
    (key) => !omit.includes(key),
  );

  return (
    <SpaceBetween size="m">
      {keys.map((key) => (
        <GenericField key={key} path={[...path, key]} />
      ))}
    </SpaceBetween>
  );
}

/** One field of the request, with the control its kind calls for. */
export function GenericField({ path }: { readonly path: IssuePath }) {
  const info = fieldInfo(path);
  switch (info?.kind) {
    case 'text':
      return <TextField path={path} />;
    case 'integer':
    case 'number':
      return <NumberField path={path} />;
    case 'boolean':
      return <BooleanField path={path} />;
    case 'choice':
      return <ChoiceField path={path} />;
    case 'map':
      return <MapField path={path} addText="Add entry" />;
    case 'object':
      return <NestedObject path={path} />;
    case 'list':
      return <GenericList path={path} />;
    default:
      return null;
  }
}

function NestedObject({ path }: { readonly path: IssuePath }) {
  const issues = useIssuesBelow(path);
  const counter = issues.length > 0 ? `(${issues.length})` : undefined;

  return (
    <ExpandableSection
      headerText={labelFor(path)}
      headerCounter={counter}
      headerDescription={fieldInfo(path)?.description}
      defaultExpanded={issues.length > 0}
    >
      <GenericFields path={path} />
    </ExpandableSection>
  );
}

function GenericList({ path }: { readonly path: IssuePath }) {
  const item = fieldInfo([...path, 0]);
  if (item?.kind === 'text') return <StringListField path={path} />;
  if (item?.kind === 'choice') return <MultiChoiceField path={path} />;
  return (
    <ItemListField
      path={path}
      addText={`Add ${labelFor(path).toLowerCase()}`}
      itemLabel={(index) => `${labelFor(path)} ${index + 1}`}
      renderItem={(itemPath) => <GenericFields path={itemPath} />}
    />
  );
}
