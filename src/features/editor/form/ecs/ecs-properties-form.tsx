import SpaceBetween from '@cloudscape-design/components/space-between';

import type { IssuePath } from '@/model/issue';

import { COLLAPSE_ABOVE, ItemListField } from '../fields/item-list-field';
import { useListLength } from '../fields/use-list-length';
import { nameOf, useNewName } from './container-names';
import { EcsContainerForm } from './ecs-container-form';
import { EcsTaskSettings } from './ecs-task-settings';
import { IssueSection } from './issue-section';
import { OwnIssues } from './own-issues';
import { TaskSize } from './task-size';

/**
 * A multi-container ECS job: the task's settings and its containers. `path`
 * points at an `ecsProperties` object (top-level or in a node range); AWS
 * takes exactly one task, so the form edits `taskProperties[0]`.
 */
export function EcsPropertiesForm({ path }: { readonly path: IssuePath }) {
  const taskPath = [...path, 'taskProperties', 0];
  const containersPath = [...taskPath, 'containers'];
  const count = useListLength(containersPath);
  const newName = useNewName('container', containersPath);

  return (
    <SpaceBetween size="l">
      <OwnIssues path={path} />
      <OwnIssues path={[...path, 'taskProperties']} />
      <EcsTaskSettings taskPath={taskPath} />
      <IssueSection
        path={containersPath}
        anchor={null}
        title={`Containers (${count} of 10)`}
        description="Up to 10 containers run together in the task; at least one must be essential."
        variant="container"
        defaultExpanded
      >
        <TaskSize containersPath={containersPath} />
        <ItemListField
          path={containersPath}
          label=""
          description=""
          addText="Add container"
          collapseAbove={COLLAPSE_ABOVE}
          newItem={() => ({ name: newName() })}
          itemLabel={(index, item) => nameOf(item) || `Container ${index + 1}`}
          renderItem={(containerPath) => (
            <EcsContainerForm path={containerPath} taskPath={taskPath} />
          )}
        />
      </IssueSection>
    </SpaceBetween>
  );
}
