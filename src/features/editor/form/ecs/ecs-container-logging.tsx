import SpaceBetween from '@cloudscape-design/components/space-between';
import Toggle from '@cloudscape-design/components/toggle';

import { useDraftStore } from '@/draft/draft-context';
import type { IssuePath } from '@/model/issue';

import { ChoiceField } from '../fields/choice-field';
import { MapField } from '../fields/map-field';
import { ObjectListField } from '../fields/object-list-field';
import { BoundTextInput } from '../fields/text-field';
import { useIsReadOnly } from '../fields/use-field';
import { IssueSection } from './issue-section';
import { LogDriverField } from './log-driver-field';
import { PathBlock } from './path-block';

interface EcsContainerLoggingProps {
  readonly path: IssuePath;
  readonly present: readonly string[];
}

const rowOf = (path: IssuePath) => Number(path[path.length - 2]) + 1;

/** Log configuration of a task container, and its FireLens log router role. */
export function EcsContainerLogging({
  path,
  present,
}: EcsContainerLoggingProps) {
  const store = useDraftStore();
  const isReadOnly = useIsReadOnly();
  const firelens = [...path, 'firelensConfiguration'];
  const log = [...path, 'logConfiguration'];
  const isRouter = present.includes('firelensConfiguration');
  const hasLog = present.includes('logConfiguration');

  return (
    <IssueSection
      path={path}
      within={[log, firelens]}
      anchor={log}
      title="Logging"
      description="Where the container's logs go, and whether it routes the task's logs with FireLens."
      defaultExpanded={isRouter || hasLog}
    >
      <LogDriverField logPath={log} />
      {hasLog && (
        <SpaceBetween size="m">
          <MapField path={[...log, 'options']} addText="Add option" />
          <ObjectListField
            path={[...log, 'secretOptions']}
            addText="Add secret option"
            columns={[
              {
                key: 'name',
                label: 'Name',
                render: (cell) => (
                  <BoundTextInput
                    path={cell}
                    ariaLabel={`Secret option ${rowOf(cell)} name`}
                  />
                ),
              },
              {
                key: 'valueFrom',
                label: 'Value from',
                render: (cell) => (
                  <BoundTextInput
                    path={cell}
                    ariaLabel={`Secret option ${rowOf(cell)} value from`}
                  />
                ),
              },
            ]}
          />
        </SpaceBetween>
      )}
      <PathBlock path={firelens}>
        <Toggle
          checked={isRouter}
          readOnly={isReadOnly}
          description="Run Fluent Bit or Fluentd here to route the logs of containers that use the awsfirelens driver."
          onChange={({ detail }) =>
            store.setValue(
              firelens,
              detail.checked ? { type: 'fluentbit' } : undefined,
            )
          }
        >
          FireLens log router
        </Toggle>
        {isRouter && (
          <SpaceBetween size="m">
            <ChoiceField path={[...firelens, 'type']} label="Log router" />
            <MapField
              path={[...firelens, 'options']}
              label="Log router options"
              addText="Add option"
            />
          </SpaceBetween>
        )}
      </PathBlock>
    </IssueSection>
  );
}
