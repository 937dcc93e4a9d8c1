import ExpandableSection from '@cloudscape-design/components/expandable-section';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';

import type { EndpointName } from '@/aws/settings/aws-settings';

import { fieldText } from './field-text';
import type { SettingsFieldsProps } from './settings-fields-props';

const ENDPOINTS: readonly { name: EndpointName; label: string }[] = [
  { name: 'batch', label: 'Batch endpoint' },
  { name: 'cognitoIdentity', label: 'Cognito Identity endpoint' },
  { name: 'cognitoIdentityProvider', label: 'Cognito user pools endpoint' },
  { name: 'sts', label: 'STS endpoint' },
];

/** Endpoint overrides: a local emulator, or a same-origin proxy. */
export function EndpointFields({
  value,
  onChange,
  problems,
}: SettingsFieldsProps) {
  const isOverridden = ENDPOINTS.some(
    ({ name }) => value.endpoints[name] !== '',
  );
  const hasError = problems.some((problem) =>
    problem.field.startsWith('endpoints.'),
  );

  return (
    <ExpandableSection
      headerText="Advanced: endpoints"
      headerDescription="Leave empty to call AWS. A path such as /emulator goes through this site's own proxy, which also avoids browsers blocking calls to endpoints without CORS."
      defaultExpanded={isOverridden || hasError}
    >
      <SpaceBetween size="l">
        {ENDPOINTS.map(({ name, label }) => (
          <FormField
            key={name}
            label={label}
            constraintText="An http: or https: URL such as http://127.0.0.1:5000, or a path on this site such as /emulator."
            {...fieldText(problems, `endpoints.${name}`)}
          >
            <Input
              value={value.endpoints[name]}
              placeholder="AWS's own endpoint"
              onChange={({ detail }) =>
                onChange({
                  ...value,
                  endpoints: {
                    ...value.endpoints,
                    // Kept as typed: a stray space gets a message, not a
                    // silent change of what the user entered.
                    [name]: detail.value,
                  },
                })
              }
            />
          </FormField>
        ))}
      </SpaceBetween>
    </ExpandableSection>
  );
}
