import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';

import { useDraftValue } from '@/draft/draft-context';
import type { IssuePath } from '@/model/issue';

import { fieldId } from '../fields/field-id';
import { issueText } from '../fields/issue-text';
import { parseNumber, useTypedText } from '../fields/number-field';
import { displayText } from '../fields/text-field';
import { useField } from '../fields/use-field';

export type EksResource = 'cpu' | 'memory' | 'nvidia.com/gpu';

interface EksQuantityFieldProps {
  readonly containerPath: IssuePath;
  readonly map: 'limits' | 'requests';
  readonly resource: EksResource;
  readonly label: string;
  readonly description?: string;
}

const MEBIBYTES = /^(\d+)Mi$/;

/**
 * One Kubernetes quantity of a container as a plain number: vCPUs, MiB or
 * GPUs. The JSON keeps the strings AWS wants ("0.5", "2048Mi", "1"); a value
 * in another form (such as "2Gi") is shown as it is, with its issue.
 */
export function EksQuantityField(props: EksQuantityFieldProps) {
  const { containerPath, map, resource } = props;
  const path = [...containerPath, 'resources', map, resource];
  const field = useField(path);
  // The quotes that formatPath puts around "nvidia.com/gpu" break the CSS
  // selectors label lookups build from ids: that input gets a plain id, and
  // its problems land on the resources block around it.
  const id = field.id.includes('"')
    ? `${fieldId([...containerPath, 'resources', map])}.gpu`
    : field.id;
  const stored = displayText(field.value);
  const shown =
    resource === 'memory' ? (MEBIBYTES.exec(stored)?.[1] ?? stored) : stored;
  const typed = useTypedText(shown);
  const isInteger = resource !== 'cpu';
  const limit = useDraftValue([
    ...containerPath,
    'resources',
    'limits',
    resource,
  ]);
  // Batch copies a missing request from the limit: say so in the empty input.
  const placeholder =
    map === 'requests' && typeof limit === 'string'
      ? 'Same as the limit'
      : undefined;

  const handleChange = (text: string) => {
    const parsed = parseNumber(text, isInteger);
    typed.setText(text, parsed.ok ? parsed.written : undefined);
    if (!parsed.ok) return;
    // Clearing the last quantity also removes the emptied map and resources.
    if (parsed.value === undefined) field.set(undefined);
    else
      field.set(resource === 'memory' ? `${parsed.written}Mi` : parsed.written);
  };
  // Only what the user typed gets a local message; a stored value in another
  // form has the model's issue.
  const parsed = parseNumber(typed.text, isInteger);
  const localError =
    typed.text === shown || parsed.ok ? undefined : parsed.message;
  const issues = issueText(field.issues);

  return (
    <FormField
      label={props.label}
      description={props.description}
      controlId={id}
      errorText={localError ?? issues.errorText}
      warningText={localError ? undefined : issues.warningText}
    >
      <Input
        controlId={id}
        value={typed.text}
        placeholder={placeholder}
        inputMode={isInteger ? 'numeric' : 'decimal'}
        readOnly={field.isReadOnly}
        invalid={localError !== undefined || issues.errorText !== undefined}
        onChange={({ detail }) => handleChange(detail.value)}
      />
    </FormField>
  );
}
