import FormField from '@cloudscape-design/components/form-field';
import RadioGroup from '@cloudscape-design/components/radio-group';

import { useDraftStore, useDraftValue } from '@/draft/draft-context';
import { fieldInfo } from '@/model/field-info';

import { fieldId } from '../fields/field-id';
import { issueText } from '../fields/issue-text';
import { useIsReadOnly, useIssuesBelow } from '../fields/use-field';

const PLATFORMS = [
  {
    value: 'EC2',
    label: 'Amazon EC2',
    description: 'Instances of your compute environment (the default).',
  },
  {
    value: 'FARGATE',
    label: 'AWS Fargate',
    description: 'Serverless: fixed vCPU and memory pairs, no GPUs.',
  },
  {
    value: 'MANAGED_INSTANCES',
    label: 'Amazon ECS Managed Instances',
    description: 'Instances managed by ECS; needs ECS properties.',
  },
];

const PATH = ['platformCapabilities'];
const FIRST = [...PATH, 0];

/** The platform, stored as a one-item platformCapabilities list. */
export function PlatformField() {
  const store = useDraftStore();
  const isReadOnly = useIsReadOnly();
  const issues = useIssuesBelow(PATH);
  const first = useDraftValue(FIRST);
  const current = typeof first === 'string' ? first : 'EC2';

  return (
    <FormField
      label="Platform"
      description={fieldInfo(PATH)?.description}
      {...issueText(issues)}
    >
      <div id={fieldId(PATH)}>
        <RadioGroup
          value={current}
          readOnly={isReadOnly}
          onChange={({ detail }) => store.setValue(PATH, [detail.value])}
          items={[
            ...PLATFORMS,
            // A value the model does not know is still shown, with its issue.
            ...(PLATFORMS.some((platform) => platform.value === current)
              ? []
              : [{ value: current, label: current, description: '' }]),
          ]}
        />
      </div>
    </FormField>
  );
}
