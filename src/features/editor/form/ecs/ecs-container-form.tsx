import ColumnLayout from '@cloudscape-design/components/column-layout';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { memo } from 'react';

import { useDraftValueSelector } from '@/draft/draft-context';
import type { IssuePath } from '@/model/issue';

import { BooleanField } from '../fields/boolean-field';
import { ResourceField } from '../fields/resource-field';
import { StringListField } from '../fields/string-list-field';
import { TextField } from '../fields/text-field';
import { EcsContainerEnvironment } from './ecs-container-environment';
import { EcsContainerLogging } from './ecs-container-logging';
import { EcsContainerSecurity } from './ecs-container-security';
import { EcsContainerStorage } from './ecs-container-storage';
import { EcsDependencies } from './ecs-dependencies';
import { OwnIssues } from './own-issues';
import { PathBlock } from './path-block';
import { RemainingFields } from '../remaining-fields';
import { samePaths } from './same-paths';
import { usePlatform } from './use-platform';
import { usePresentKeys } from './use-present-keys';

const LAID_OUT = [
  'name',
  'image',
  'essential',
  'command',
  'resourceRequirements',
  'environment',
  'secrets',
  'dependsOn',
  'startTimeout',
  'stopTimeout',
  'firelensConfiguration',
  'logConfiguration',
  'user',
  'privileged',
  'readonlyRootFilesystem',
  'repositoryCredentials',
  'linuxParameters',
  'mountPoints',
  'ulimits',
];

interface EcsContainerFormProps {
  /** The container: `[...taskPath, 'containers', index]`. */
  readonly path: IssuePath;
  readonly taskPath: IssuePath;
}

/**
 * One container of a multi-container ECS task, grouped as the console does.
 * Memoized: an edit in one container leaves the others' forms alone.
 */
export const EcsContainerForm = memo(function EcsContainerForm({
  path,
  taskPath,
}: EcsContainerFormProps) {
  const present = usePresentKeys(path);
  const hasAny = (...keys: string[]) => keys.some((k) => present.includes(k));
  // Fargate has no GPUs: offer them only elsewhere, or when the JSON has one.
  const hasGpu = useDraftValueSelector(
    [...path, 'resourceRequirements'],
    hasGpuEntry,
  );
  const showGpus = usePlatform() !== 'FARGATE' || hasGpu;

  return (
    <SpaceBetween size="l">
      <OwnIssues path={path} />
      <ColumnLayout columns={2}>
        <TextField path={[...path, 'name']} label="Container name" />
        <TextField path={[...path, 'image']} label="Image" />
      </ColumnLayout>
      <BooleanField path={[...path, 'essential']} defaultValue />
      <StringListField path={[...path, 'command']} label="Command" />
      <PathBlock path={[...path, 'resourceRequirements']}>
        <ColumnLayout columns={3}>
          <ResourceField
            containerPath={path}
            type="VCPU"
            label="vCPUs"
            description="vCPUs reserved for this container, such as 1 or 0.25."
          />
          <ResourceField
            containerPath={path}
            type="MEMORY"
            label="Memory (MiB)"
            description="Memory reserved for this container, in MiB."
          />
          {showGpus && (
            <ResourceField
              containerPath={path}
              type="GPU"
              label="Number of GPUs"
              description="GPUs reserved for this container (not on Fargate)."
            />
          )}
        </ColumnLayout>
      </PathBlock>
      <SpaceBetween size="xs">
        <EcsContainerEnvironment
          path={path}
          isOpen={hasAny('environment', 'secrets')}
        />
        <EcsDependencies
          path={path}
          taskPath={taskPath}
          isOpen={hasAny('dependsOn', 'startTimeout', 'stopTimeout')}
        />
        <EcsContainerLogging path={path} present={present} />
        <EcsContainerSecurity path={path} present={present} />
        <EcsContainerStorage
          path={path}
          taskPath={taskPath}
          present={present}
        />
      </SpaceBetween>
      <RemainingFields path={path} omit={LAID_OUT} />
    </SpaceBetween>
  );
}, samePaths);

function hasGpuEntry(entries: unknown): boolean {
  return (
    Array.isArray(entries) &&
    entries.some(
      (entry: unknown) =>
        typeof entry === 'object' &&
        entry !== null &&
        'type' in entry &&
        entry.type === 'GPU',
    )
  );
}
