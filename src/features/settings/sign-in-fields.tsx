import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import RadioGroup from '@cloudscape-design/components/radio-group';
import SpaceBetween from '@cloudscape-design/components/space-between';

import { fieldText } from './field-text';
import type { SettingsFieldsProps } from './settings-fields-props';

/** Guest identities, or a Cognito user pool whose sign-in the pool trusts. */
export function SignInFields({
  value,
  onChange,
  problems,
}: SettingsFieldsProps) {
  return (
    <SpaceBetween size="l">
      <FormField
        label="Sign-in"
        description="Who the identity pool gives credentials to."
      >
        <RadioGroup
          value={value.signIn}
          items={[
            {
              value: 'guest',
              label: 'Guest (unauthenticated identity)',
              description: 'No sign-in; the pool must allow guest identities.',
            },
            {
              value: 'userPool',
              label: 'Cognito user pool',
              description: 'Sign in with a user name and password.',
            },
          ]}
          onChange={({ detail }) =>
            onChange({
              ...value,
              signIn: detail.value === 'userPool' ? 'userPool' : 'guest',
            })
          }
        />
      </FormField>
      {value.signIn === 'userPool' && (
        <SpaceBetween size="l">
          <FormField
            label="User pool ID"
            description="As region_id; the identity pool must list this user pool as a provider."
            {...fieldText(problems, 'userPoolId')}
          >
            <Input
              value={value.userPoolId}
              placeholder="us-east-1_AbCdEf123"
              onChange={({ detail }) =>
                onChange({ ...value, userPoolId: detail.value.trim() })
              }
            />
          </FormField>
          <FormField
            label="App client ID"
            description="An app client of the user pool without a client secret."
            {...fieldText(problems, 'userPoolClientId')}
          >
            <Input
              value={value.userPoolClientId}
              onChange={({ detail }) =>
                onChange({ ...value, userPoolClientId: detail.value.trim() })
              }
            />
          </FormField>
        </SpaceBetween>
      )}
    </SpaceBetween>
  );
}
