import ColumnLayout from '@cloudscape-design/components/column-layout';
import SpaceBetween from '@cloudscape-design/components/space-between';

import type { IssuePath } from '@/model/issue';

import { BlockChoice } from '../block-choice';
import { ChoiceField } from '../fields/choice-field';
import { GenericFields } from '../fields/generic-fields';
import { NumberField } from '../fields/number-field';
import { TextField } from '../fields/text-field';
import { NotApplicable } from '../not-applicable';
import { RemainingFields } from '../remaining-fields';
import { usePresentKeys } from '../use-presence';

const SOURCES = [
  {
    key: 'host',
    label: 'Host path',
    description: 'A directory of the instance (not on Fargate).',
    skeleton: () => ({}),
  },
  {
    key: 'efsVolumeConfiguration',
    label: 'Amazon EFS',
    description: 'An EFS file system.',
    skeleton: () => ({}),
  },
  {
    key: 's3filesVolumeConfiguration',
    label: 'Amazon S3 Files',
    description: 'An S3 Files file system.',
    skeleton: () => ({}),
  },
];

const SOURCE_KEYS = SOURCES.map((source) => source.key);

interface VolumeFormProps {
  readonly path: IssuePath;
  readonly isFargate: boolean;
}

/** One data volume: its name and where its data comes from. */
export function VolumeForm({ path, isFargate }: VolumeFormProps) {
  const present = usePresentKeys(path, SOURCE_KEYS);

  return (
    <SpaceBetween size="m">
      <TextField path={[...path, 'name']} label="Name" />
      <BlockChoice
        parentPath={path}
        label="Source"
        options={SOURCES}
        none={{
          label: 'Docker-managed',
          description: 'Lives as long as the container.',
        }}
      />
      {present.includes('host') && (
        <NotApplicable
          applies={!isFargate}
          path={[...path, 'host']}
          label="A host path"
          where="Fargate jobs"
          fix="use an EFS volume"
        >
          <TextField
            path={[...path, 'host', 'sourcePath']}
            label="Source path"
          />
        </NotApplicable>
      )}
      {present.includes('efsVolumeConfiguration') && (
        <EfsFields path={[...path, 'efsVolumeConfiguration']} />
      )}
      {present.includes('s3filesVolumeConfiguration') && (
        <GenericFields path={[...path, 's3filesVolumeConfiguration']} />
      )}
      <RemainingFields path={[...path, 'host']} omit={['sourcePath']} />
      <RemainingFields path={path} omit={['name', ...SOURCE_KEYS]} />
    </SpaceBetween>
  );
}

const EFS_KEYS = [
  'fileSystemId',
  'rootDirectory',
  'transitEncryption',
  'transitEncryptionPort',
  'authorizationConfig',
];

function EfsFields({ path }: { readonly path: IssuePath }) {
  const auth = [...path, 'authorizationConfig'];

  return (
    <SpaceBetween size="m">
      <ColumnLayout columns={2}>
        <TextField path={[...path, 'fileSystemId']} label="File system ID" />
        <TextField path={[...path, 'rootDirectory']} label="Root directory" />
        <ChoiceField
          path={[...path, 'transitEncryption']}
          label="Transit encryption"
        />
        <NumberField
          path={[...path, 'transitEncryptionPort']}
          label="Transit encryption port"
        />
        <TextField path={[...auth, 'accessPointId']} label="Access point ID" />
        <ChoiceField path={[...auth, 'iam']} label="IAM authorization" />
      </ColumnLayout>
      <RemainingFields path={auth} omit={['accessPointId', 'iam']} />
      <RemainingFields path={path} omit={EFS_KEYS} />
    </SpaceBetween>
  );
}
