import Box from '@cloudscape-design/components/box';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { memo } from 'react';

import type { IssuePath } from '@/model/issue';

import { GenericFields } from '../fields/generic-fields';
import { TextField } from '../fields/text-field';
import { OwnIssues } from '../ecs/own-issues';
import { PathBlock } from '../ecs/path-block';
import { RemainingFields } from '../remaining-fields';
import { samePaths } from '../ecs/same-paths';
import { usePresentKeys } from '../ecs/use-present-keys';
import { EksVolumeSource } from './eks-volume-source';
import { VOLUME_SOURCES } from './volume-sources';

/** One pod volume: its name, its one source, and that source's settings. */
export const EksVolumeForm = memo(function EksVolumeForm({
  path,
}: {
  readonly path: IssuePath;
}) {
  const present = usePresentKeys(path);
  const sources = VOLUME_SOURCES.filter((s) => present.includes(s.value));

  return (
    <SpaceBetween size="m">
      <OwnIssues path={path} isAtPathShown />
      <ColumnLayout columns={2}>
        <TextField path={[...path, 'name']} label="Volume name" />
        <EksVolumeSource path={path} />
      </ColumnLayout>
      {sources.map((source) => (
        <PathBlock key={source.value} path={[...path, source.value]}>
          <Box variant="h4">{source.label}</Box>
          <GenericFields path={[...path, source.value]} />
        </PathBlock>
      ))}
      <RemainingFields
        path={path}
        omit={['name', ...VOLUME_SOURCES.map((s) => s.value)]}
      />
    </SpaceBetween>
  );
}, samePaths);
