import ColumnLayout from '@cloudscape-design/components/column-layout';

import { fieldInfo } from '@/model/field-info';
import type { IssuePath } from '@/model/issue';

import { BlockIssues } from '../block-issues';
import { BooleanField } from '../fields/boolean-field';
import { GenericFields } from '../fields/generic-fields';
import { ItemListField } from '../fields/item-list-field';
import { NumberField } from '../fields/number-field';
import { TextField } from '../fields/text-field';
import { FormSection } from '../form-section';
import { NotApplicable } from '../not-applicable';
import { RemainingFields } from '../remaining-fields';
import { groupCoverage, type ContainerContext } from './container-groups';
import { MountPointsField, UlimitsField } from './linux-lists';
import { VolumeForm } from './volume-form';

interface LinuxSectionProps {
  readonly path: IssuePath;
  readonly context: ContainerContext;
  readonly variant: 'container' | 'default';
}

const LINUX_KEYS = [
  'initProcessEnabled',
  'sharedMemorySize',
  'maxSwap',
  'swappiness',
  'tmpfs',
  'devices',
];

/** User, privileges, Linux parameters, volumes, mount points and ulimits. */
export function LinuxSection({ path, context, variant }: LinuxSectionProps) {
  const linux = [...path, 'linuxParameters'];
  const onEc2 = !context.isFargate;
  const fargate = { applies: onEc2, where: 'Fargate jobs' };

  return (
    <FormSection
      title="Linux and storage"
      description={fieldInfo(linux)?.description}
      coverage={groupCoverage(path, 'linux')}
      anchor={linux}
      variant={variant}
      defaultExpanded={false}
    >
      <BlockIssues path={linux} />
      <TextField path={[...path, 'user']} label="User" />
      <ColumnLayout columns={2}>
        <NotApplicable {...fargate} path={[...path, 'privileged']}>
          <BooleanField path={[...path, 'privileged']} label="Privileged" />
        </NotApplicable>
        <BooleanField
          path={[...linux, 'initProcessEnabled']}
          label="Enable init process"
        />
        <BooleanField
          path={[...path, 'readonlyRootFilesystem']}
          label="Read-only root file system"
        />
      </ColumnLayout>
      <ColumnLayout columns={3}>
        {(['sharedMemorySize', 'maxSwap', 'swappiness'] as const).map((key) => (
          <NotApplicable key={key} {...fargate} path={[...linux, key]}>
            <NumberField path={[...linux, key]} />
          </NotApplicable>
        ))}
      </ColumnLayout>
      {(['tmpfs', 'devices'] as const).map((key) => (
        <NotApplicable key={key} {...fargate} path={[...linux, key]}>
          <ItemListField
            path={[...linux, key]}
            addText={key === 'tmpfs' ? 'Add tmpfs mount' : 'Add device'}
            itemLabel={(index) =>
              `${key === 'tmpfs' ? 'tmpfs mount' : 'Device'} ${index + 1}`
            }
            renderItem={(item) => <GenericFields path={item} />}
          />
        </NotApplicable>
      ))}
      <ItemListField
        path={[...path, 'volumes']}
        addText="Add volume"
        itemLabel={(index, item) => volumeTitle(index, item)}
        renderItem={(item) => (
          <VolumeForm path={item} isFargate={context.isFargate} />
        )}
      />
      <MountPointsField path={[...path, 'mountPoints']} />
      <NotApplicable {...fargate} path={[...path, 'ulimits']}>
        <UlimitsField path={[...path, 'ulimits']} />
      </NotApplicable>
      <RemainingFields path={linux} omit={LINUX_KEYS} />
    </FormSection>
  );
}

function volumeTitle(index: number, item: unknown): string {
  const name =
    typeof item === 'object' && item !== null && 'name' in item
      ? item.name
      : undefined;
  return typeof name === 'string' && name !== ''
    ? `Volume ${name}`
    : `Volume ${index + 1}`;
}
