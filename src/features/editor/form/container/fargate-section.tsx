import ColumnLayout from '@cloudscape-design/components/column-layout';
import SpaceBetween from '@cloudscape-design/components/space-between';

import { FARGATE_PLATFORM_VERSIONS } from '@/model/constants';
import type { IssuePath } from '@/model/issue';

import { BlockIssues } from '../block-issues';
import { ChoiceField } from '../fields/choice-field';
import { NumberField } from '../fields/number-field';
import { FormSection } from '../form-section';
import { NotApplicable } from '../not-applicable';
import { RemainingFields } from '../remaining-fields';
import { usePresentKeys } from '../use-presence';
import {
  CONTAINER_GROUPS,
  groupCoverage,
  type ContainerContext,
} from './container-groups';

interface FargateSectionProps {
  readonly path: IssuePath;
  readonly context: ContainerContext;
  readonly variant: 'container' | 'default';
}

interface FargateField {
  readonly key: string;
  readonly label: string;
  readonly options?: readonly string[];
}

const GROUPS: Readonly<Record<string, readonly FargateField[]>> = {
  fargatePlatformConfiguration: [
    {
      key: 'platformVersion',
      label: 'Fargate platform version',
      options: FARGATE_PLATFORM_VERSIONS,
    },
  ],
  networkConfiguration: [{ key: 'assignPublicIp', label: 'Assign public IP' }],
  ephemeralStorage: [{ key: 'sizeInGiB', label: 'Ephemeral storage (GiB)' }],
  runtimePlatform: [
    { key: 'operatingSystemFamily', label: 'Operating system family' },
    { key: 'cpuArchitecture', label: 'CPU architecture' },
  ],
};

/**
 * Platform version, public IP, ephemeral storage and runtime platform: shown
 * on Fargate, and elsewhere only for what the JSON holds, with a warning.
 */
export function FargateSection({
  path,
  context,
  variant,
}: FargateSectionProps) {
  const present = usePresentKeys(path, CONTAINER_GROUPS.fargate);

  if (!context.isFargate && present.length === 0) return null;
  return (
    <FormSection
      title="Fargate"
      coverage={groupCoverage(path, 'fargate')}
      variant={variant}
    >
      <ColumnLayout columns={2}>
        {CONTAINER_GROUPS.fargate.map((group) => (
          <NotApplicable
            key={group}
            applies={context.isFargate}
            path={[...path, group]}
            where={
              context.isMultinode ? 'multi-node jobs' : 'jobs not on Fargate'
            }
            fix="choose the Fargate platform"
          >
            <FargateGroup
              path={[...path, group]}
              fields={GROUPS[group] ?? []}
            />
          </NotApplicable>
        ))}
      </ColumnLayout>
    </FormSection>
  );
}

function FargateGroup({
  path,
  fields,
}: {
  readonly path: IssuePath;
  readonly fields: readonly FargateField[];
}) {
  return (
    <SpaceBetween size="m">
      <BlockIssues path={path} />
      {fields.map((field) =>
        field.key === 'sizeInGiB' ? (
          <NumberField
            key={field.key}
            path={[...path, field.key]}
            label={field.label}
          />
        ) : (
          <ChoiceField
            key={field.key}
            path={[...path, field.key]}
            label={field.label}
            options={field.options}
          />
        ),
      )}
      <RemainingFields path={path} omit={fields.map((field) => field.key)} />
    </SpaceBetween>
  );
}
