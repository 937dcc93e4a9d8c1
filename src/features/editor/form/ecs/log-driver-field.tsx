import FormField from '@cloudscape-design/components/form-field';
import Select, { type SelectProps } from '@cloudscape-design/components/select';

import { useDraftStore } from '@/draft/draft-context';
import type { IssuePath } from '@/model/issue';

import { issueText } from '../fields/issue-text';
import { displayText } from '../fields/text-field';
import { useField } from '../fields/use-field';

const UNSET = '';

/**
 * The log driver of a container. logDriver is required inside
 * logConfiguration, so "Not set" removes the whole logConfiguration rather
 * than leaving an object AWS would refuse.
 */
export function LogDriverField({ logPath }: { readonly logPath: IssuePath }) {
  const store = useDraftStore();
  const field = useField([...logPath, 'logDriver']);
  const values = field.info?.options ?? [];
  const current = field.value === undefined ? UNSET : displayText(field.value);
  const choices: SelectProps.Option[] = [
    { value: UNSET, label: 'Not set', description: 'Batch uses awslogs' },
    ...values.map((value) => ({ value, label: value })),
    ...(current !== UNSET && !values.includes(current)
      ? [{ value: current, label: current }]
      : []),
  ];

  const handleChange = (value: string) => {
    if (value === UNSET) store.setValue(logPath, undefined);
    else field.set(value);
  };

  return (
    <FormField
      label="Log driver"
      description={field.info?.description}
      controlId={field.id}
      {...issueText(field.issues)}
    >
      <Select
        controlId={field.id}
        options={choices}
        selectedOption={choices.find((c) => c.value === current) ?? null}
        disabled={field.isReadOnly}
        invalid={field.issues.some((issue) => issue.severity === 'error')}
        onChange={({ detail }) =>
          handleChange(detail.selectedOption.value ?? UNSET)
        }
      />
    </FormField>
  );
}
