import type { IssuePath } from '@/model/issue';

import { ObjectListField } from '../fields/object-list-field';
import { BoundTextInput } from '../fields/text-field';
import { FormSection } from '../form-section';
import { rowNumber } from '../row-number';
import { groupCoverage } from './container-groups';

interface EnvironmentSectionProps {
  readonly path: IssuePath;
  readonly variant: 'container' | 'default';
}

/** Environment variables and secrets of a container. */
export function EnvironmentSection({ path, variant }: EnvironmentSectionProps) {
  return (
    <FormSection
      title="Environment"
      coverage={groupCoverage(path, 'environment')}
      variant={variant}
    >
      <ObjectListField
        path={[...path, 'environment']}
        label="Environment variables"
        addText="Add environment variable"
        columns={[
          textColumn('name', 'Name', 'Variable name'),
          textColumn('value', 'Value', 'Variable value'),
        ]}
      />
      <NameValueFromList path={[...path, 'secrets']} label="Secrets" />
    </FormSection>
  );
}

/** A list of secrets: a name and the ARN it is read from. */
export function NameValueFromList({
  path,
  label,
}: {
  readonly path: IssuePath;
  readonly label: string;
}) {
  return (
    <ObjectListField
      path={path}
      label={label}
      addText={`Add ${label.toLowerCase().replace(/s$/, '')}`}
      columns={[
        textColumn('name', 'Name', `${label} name`),
        textColumn('valueFrom', 'Value from (ARN)', `${label} value from`),
      ]}
    />
  );
}

function textColumn(key: string, label: string, cellLabel: string) {
  return {
    key,
    label,
    render: (cell: IssuePath) => (
      <BoundTextInput
        path={cell}
        ariaLabel={`${cellLabel} ${rowNumber(cell)}`}
      />
    ),
  };
}
