import SpaceBetween from '@cloudscape-design/components/space-between';

import type { IssuePath } from '@/model/issue';

import { ItemListField } from '../fields/item-list-field';
import { MapField } from '../fields/map-field';
import { TextField } from '../fields/text-field';
import { useListLength } from '../fields/use-list-length';
import { nameOf, useNewName } from '../ecs/container-names';
import { IssueSection } from '../ecs/issue-section';
import { OwnIssues } from '../ecs/own-issues';
import { RemainingFields } from '../remaining-fields';
import { usePresentKeys } from '../ecs/use-present-keys';
import { EksContainers } from './eks-containers';
import { EksPodSettings, POD_SETTINGS } from './eks-pod-settings';
import { EksVolumeForm } from './eks-volume-form';

const LAID_OUT = [
  ...POD_SETTINGS,
  'metadata',
  'volumes',
  'containers',
  'initContainers',
];

/**
 * A job that runs as a Kubernetes pod on Amazon EKS. `path` points at an
 * `eksProperties` object, top-level or in a node range.
 */
export function EksPropertiesForm({ path }: { readonly path: IssuePath }) {
  const podPath = [...path, 'podProperties'];
  const metadata = [...podPath, 'metadata'];
  const volumes = [...podPath, 'volumes'];
  const volumeCount = useListLength(volumes);
  const newVolumeName = useNewName('volume', volumes);
  const podKeys = usePresentKeys(podPath);

  return (
    <SpaceBetween size="l">
      <OwnIssues path={path} />
      <OwnIssues path={podPath} />
      <EksPodSettings podPath={podPath} />
      <EksContainers podPath={podPath} list="containers" />
      <EksContainers podPath={podPath} list="initContainers" />
      <IssueSection
        path={volumes}
        anchor={null}
        title="Volumes"
        description="Volumes of the pod, mounted by name in the containers."
        variant="container"
        defaultExpanded={volumeCount > 0}
      >
        <ItemListField
          path={volumes}
          label=""
          description=""
          addText="Add volume"
          newItem={() => ({ name: newVolumeName(), emptyDir: {} })}
          itemLabel={(index, item) => nameOf(item) || `Volume ${index + 1}`}
          renderItem={(volumePath) => <EksVolumeForm path={volumePath} />}
        />
      </IssueSection>
      <IssueSection
        path={metadata}
        title="Labels, annotations and namespace"
        description="Kubernetes metadata of the pod."
        variant="container"
        defaultExpanded={podKeys.includes('metadata')}
      >
        <OwnIssues path={metadata} />
        <TextField path={[...metadata, 'namespace']} />
        <MapField path={[...metadata, 'labels']} addText="Add label" />
        <MapField
          path={[...metadata, 'annotations']}
          addText="Add annotation"
        />
      </IssueSection>
      <RemainingFields path={podPath} omit={LAID_OUT} />
    </SpaceBetween>
  );
}
