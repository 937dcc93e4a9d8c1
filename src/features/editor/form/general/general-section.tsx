import ColumnLayout from '@cloudscape-design/components/column-layout';

import { BlockIssues } from '../block-issues';
import { BooleanField } from '../fields/boolean-field';
import { MapField } from '../fields/map-field';
import { NumberField } from '../fields/number-field';
import { TextField } from '../fields/text-field';
import { FormSection } from '../form-section';
import { NotApplicable } from '../not-applicable';
import { RemainingFields } from '../remaining-fields';
import type { FormShape } from '../use-form-shape';
import { OrchestrationField } from './orchestration-field';
import { PlatformField } from './platform-field';
import { RetryConditions } from './retry-conditions';
import { TypeField } from './type-field';

/** Top-level keys with sections of their own. */
export const BLOCK_KEYS = [
  'containerProperties',
  'ecsProperties',
  'eksProperties',
  'nodeProperties',
  'consumableResourceProperties',
];

const GENERAL_KEYS = [
  'jobDefinitionName',
  'type',
  'platformCapabilities',
  'schedulingPriority',
  'propagateTags',
  'timeout',
  'retryStrategy',
  'tags',
  'parameters',
];

const COVERAGE = { within: [[]], exclude: BLOCK_KEYS.map((key) => [key]) };

/** Name, type, platform, scheduling, retries, timeout, tags and parameters. */
export function GeneralSection({ shape }: { readonly shape: FormShape }) {
  const isEks = shape.platform === 'EKS';

  return (
    <FormSection
      title="General settings"
      description="What the job is called, what it runs on, and how it is retried."
      coverage={COVERAGE}
    >
      <BlockIssues path={[]} />
      <TextField path={['jobDefinitionName']} label="Job definition name" />
      <TypeField />
      <NotApplicable
        applies={!isEks}
        path={['platformCapabilities']}
        where="EKS jobs"
        fix="choose container or ECS properties"
      >
        <PlatformField />
      </NotApplicable>
      {!shape.isMultinode && <OrchestrationField />}
      <ColumnLayout columns={3}>
        <NumberField
          path={['schedulingPriority']}
          label="Scheduling priority"
        />
        <NumberField
          path={['timeout', 'attemptDurationSeconds']}
          label="Execution timeout"
          placeholder="Seconds, at least 60"
        />
        <NumberField
          path={['retryStrategy', 'attempts']}
          label="Job attempts"
        />
      </ColumnLayout>
      <RetryConditions />
      <NotApplicable applies={!isEks} path={['propagateTags']} where="EKS jobs">
        <BooleanField path={['propagateTags']} label="Propagate tags" />
      </NotApplicable>
      <MapField path={['tags']} label="Tags" addText="Add tag" />
      <MapField
        path={['parameters']}
        label="Parameters"
        addText="Add parameter"
        keyLabel="Name"
        valueLabel="Default value"
      />
      <RemainingFields path={['timeout']} omit={['attemptDurationSeconds']} />
      <RemainingFields
        path={['retryStrategy']}
        omit={['attempts', 'evaluateOnExit']}
      />
      <RemainingFields path={[]} omit={[...GENERAL_KEYS, ...BLOCK_KEYS]} />
    </FormSection>
  );
}
