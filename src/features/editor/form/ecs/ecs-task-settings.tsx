import ColumnLayout from '@cloudscape-design/components/column-layout';

import type { IssuePath } from '@/model/issue';

import { BooleanField } from '../fields/boolean-field';
import { ChoiceField } from '../fields/choice-field';
import { GenericFields } from '../fields/generic-fields';
import { ItemListField } from '../fields/item-list-field';
import { NumberField } from '../fields/number-field';
import { TextField } from '../fields/text-field';
import { nameOf } from './container-names';
import { IssueSection } from './issue-section';
import { OwnIssues } from './own-issues';
import { PathBlock } from './path-block';
import { RemainingFields } from '../remaining-fields';
import { usePlatform } from './use-platform';
import { usePresentKeys } from './use-present-keys';

const LAID_OUT = [
  'containers',
  'taskRoleArn',
  'executionRoleArn',
  'ipcMode',
  'pidMode',
  'enableExecuteCommand',
  'platformVersion',
  'networkConfiguration',
  'ephemeralStorage',
  'runtimePlatform',
  'networkMode',
  'volumes',
];
const FARGATE_ONLY = [
  'platformVersion',
  'networkConfiguration',
  'ephemeralStorage',
];

/**
 * Task-level settings of a multi-container ECS job. Settings for another
 * platform are hidden unless the JSON has them, so nothing is dropped unseen.
 */
export function EcsTaskSettings({
  taskPath,
}: {
  readonly taskPath: IssuePath;
}) {
  const platform = usePlatform();
  const present = usePresentKeys(taskPath);
  const at = (key: string): IssuePath => [...taskPath, key];
  const has = (key: string) => present.includes(key);
  const isFargate = platform === 'FARGATE';
  const isManaged = platform === 'MANAGED_INSTANCES';

  return (
    <IssueSection
      path={taskPath}
      exclude={[at('containers')]}
      title="Task settings"
      description="Roles, namespaces, platform settings and volumes shared by the containers of the task."
      variant="container"
      defaultExpanded
    >
      <OwnIssues path={taskPath} />
      <ColumnLayout columns={2}>
        <TextField path={at('taskRoleArn')} />
        <TextField path={at('executionRoleArn')} />
        {(!isFargate || has('ipcMode')) && <ChoiceField path={at('ipcMode')} />}
        <ChoiceField path={at('pidMode')} />
      </ColumnLayout>
      <BooleanField path={at('enableExecuteCommand')} />
      {(isFargate || FARGATE_ONLY.some(has)) && (
        <ColumnLayout columns={3}>
          <TextField path={at('platformVersion')} placeholder="LATEST" />
          <PathBlock path={at('networkConfiguration')}>
            <ChoiceField
              path={[...at('networkConfiguration'), 'assignPublicIp']}
            />
          </PathBlock>
          <PathBlock path={at('ephemeralStorage')}>
            <NumberField path={[...at('ephemeralStorage'), 'sizeInGiB']} />
          </PathBlock>
        </ColumnLayout>
      )}
      {(isFargate || isManaged || has('runtimePlatform')) && (
        <PathBlock path={at('runtimePlatform')}>
          <ColumnLayout columns={2}>
            <ChoiceField
              path={[...at('runtimePlatform'), 'operatingSystemFamily']}
            />
            <ChoiceField path={[...at('runtimePlatform'), 'cpuArchitecture']} />
          </ColumnLayout>
        </PathBlock>
      )}
      {(isManaged || has('networkMode')) && (
        <ChoiceField path={at('networkMode')} />
      )}
      <ItemListField
        path={at('volumes')}
        addText="Add volume"
        itemLabel={(index, item) => nameOf(item) || `Volume ${index + 1}`}
        renderItem={(volumePath) => <GenericFields path={volumePath} />}
      />
      <RemainingFields path={taskPath} omit={LAID_OUT} />
    </IssueSection>
  );
}
