import ColumnLayout from '@cloudscape-design/components/column-layout';

import type { IssuePath } from '@/model/issue';

import { BooleanField } from '../fields/boolean-field';
import { TextField } from '../fields/text-field';
import { IssueSection } from './issue-section';
import { PathBlock } from './path-block';
import { usePlatform } from './use-platform';

interface EcsContainerSecurityProps {
  readonly path: IssuePath;
  readonly present: readonly string[];
}

const KEYS = [
  'user',
  'privileged',
  'readonlyRootFilesystem',
  'repositoryCredentials',
];

/** Who the container runs as, its privileges, and private registry access. */
export function EcsContainerSecurity({
  path,
  present,
}: EcsContainerSecurityProps) {
  const platform = usePlatform();
  const credentials = [...path, 'repositoryCredentials'];
  // Fargate refuses privileged containers: offer it only elsewhere, or when set.
  const showPrivileged =
    platform !== 'FARGATE' || present.includes('privileged');

  return (
    <IssueSection
      path={path}
      within={KEYS.map((key) => [...path, key])}
      anchor={null}
      title="Security and registry"
      description="User, privileges, read-only root file system and private registry credentials."
      defaultExpanded={KEYS.some((key) => present.includes(key))}
    >
      <ColumnLayout columns={2}>
        <TextField path={[...path, 'user']} />
        <PathBlock path={credentials}>
          <TextField path={[...credentials, 'credentialsParameter']} />
        </PathBlock>
      </ColumnLayout>
      {showPrivileged && <BooleanField path={[...path, 'privileged']} />}
      <BooleanField path={[...path, 'readonlyRootFilesystem']} />
    </IssueSection>
  );
}
