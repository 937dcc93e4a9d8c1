import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import RadioGroup from '@cloudscape-design/components/radio-group';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';

import { BATCH_REGIONS } from '@/aws/settings/batch-regions';

import { fieldText } from './field-text';
import type { SettingsFieldsProps } from './settings-fields-props';

const REGION_OPTIONS = BATCH_REGIONS.map((region) => ({
  value: region.id,
  label: region.id,
  description: region.name,
}));

/** Region, identity pool, and which Cognito flow gives the credentials. */
export function ConnectionFields({
  value,
  onChange,
  problems,
}: SettingsFieldsProps) {
  const region = REGION_OPTIONS.find((option) => option.value === value.region);

  return (
    <SpaceBetween size="l">
      <FormField
        label="Region"
        description="Where your job definitions are registered."
        {...fieldText(problems, 'region')}
      >
        <Select
          selectedOption={
            region ?? { value: value.region, label: value.region }
          }
          options={REGION_OPTIONS}
          filteringType="auto"
          onChange={({ detail }) =>
            onChange({
              ...value,
              region: detail.selectedOption.value ?? value.region,
            })
          }
        />
      </FormField>
      <FormField
        label="Identity pool ID"
        description="The Cognito identity pool that gives this app temporary AWS credentials, as region:UUID."
        {...fieldText(problems, 'identityPoolId')}
      >
        <Input
          value={value.identityPoolId}
          placeholder="us-east-1:2f6e0c56-1c1e-4a5b-9d55-0c6e8d3e7f10"
          onChange={({ detail }) =>
            onChange({ ...value, identityPoolId: detail.value.trim() })
          }
        />
      </FormField>
      <FormField
        label="Cognito flow"
        description="How Cognito hands out credentials. The enhanced flow limits guests to a short list of services that leaves out AWS Batch; the basic flow assumes the role you name."
      >
        <RadioGroup
          value={value.authFlow}
          items={[
            { value: 'enhanced', label: 'Enhanced (recommended)' },
            { value: 'basic', label: 'Basic (classic), with a role to assume' },
          ]}
          onChange={({ detail }) =>
            onChange({
              ...value,
              authFlow: detail.value === 'basic' ? 'basic' : 'enhanced',
            })
          }
        />
      </FormField>
      {value.authFlow === 'basic' && (
        <FormField
          label="Role ARN"
          description="The IAM role to assume; its trust policy must allow this identity pool."
          {...fieldText(problems, 'roleArn')}
        >
          <Input
            value={value.roleArn}
            placeholder="arn:aws:iam::123456789012:role/BatchEditor"
            onChange={({ detail }) =>
              onChange({ ...value, roleArn: detail.value.trim() })
            }
          />
        </FormField>
      )}
    </SpaceBetween>
  );
}
