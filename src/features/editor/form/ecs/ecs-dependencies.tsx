import ColumnLayout from '@cloudscape-design/components/column-layout';

import { useDraftValue } from '@/draft/draft-context';
import type { IssuePath } from '@/model/issue';

import { NumberField } from '../fields/number-field';
import { ObjectListField } from '../fields/object-list-field';
import { BoundSelect } from '../fields/bound-select';
import { useNamesAt } from './container-names';
import { IssueSection } from './issue-section';

interface EcsDependenciesProps {
  readonly path: IssuePath;
  readonly taskPath: IssuePath;
  readonly isOpen: boolean;
}

const rowOf = (path: IssuePath) => Number(path[path.length - 2]) + 1;

/**
 * What a task container waits for before it starts, chosen among the other
 * containers of the task by name, and its start and stop timeouts.
 */
export function EcsDependencies({
  path,
  taskPath,
  isOpen,
}: EcsDependenciesProps) {
  const dependsOn = [...path, 'dependsOn'];
  const ownName = useDraftValue([...path, 'name']);
  const others = useNamesAt([...taskPath, 'containers']).filter(
    (name) => name !== '' && name !== ownName,
  );
  const dependencies = useDraftValue(dependsOn);
  const waitedFor = Array.isArray(dependencies)
    ? dependencies.map((dependency: unknown) =>
        isRecord(dependency) ? dependency.containerName : undefined,
      )
    : [];

  const newDependency = () => {
    const next = others.find((name) => !waitedFor.includes(name));
    return next === undefined
      ? { condition: 'START' }
      : { containerName: next, condition: 'START' };
  };

  return (
    <IssueSection
      path={path}
      within={[dependsOn, [...path, 'startTimeout'], [...path, 'stopTimeout']]}
      anchor={null}
      title="Dependencies"
      description="Containers this one waits for, and how long it waits to start and to stop."
      defaultExpanded={isOpen}
    >
      <ObjectListField
        path={dependsOn}
        label="Containers to wait for"
        addText="Add dependency"
        newItem={newDependency}
        columns={[
          {
            key: 'containerName',
            label: 'Container',
            render: (cell) => (
              <BoundSelect
                path={cell}
                options={others}
                ariaLabel={`Dependency ${rowOf(cell)} container`}
                placeholder="Choose a container"
              />
            ),
          },
          {
            key: 'condition',
            label: 'Condition',
            render: (cell) => (
              <BoundSelect
                path={cell}
                ariaLabel={`Dependency ${rowOf(cell)} condition`}
              />
            ),
          },
        ]}
      />
      <ColumnLayout columns={2}>
        <NumberField path={[...path, 'startTimeout']} />
        <NumberField path={[...path, 'stopTimeout']} />
      </ColumnLayout>
    </IssueSection>
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
