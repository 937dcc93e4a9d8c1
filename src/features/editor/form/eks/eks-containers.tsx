import type { IssuePath } from '@/model/issue';

import { ItemListField } from '../fields/item-list-field';
import { useListLength } from '../fields/use-list-length';
import { nameOf, useNewName } from '../ecs/container-names';
import { IssueSection } from '../ecs/issue-section';
import { EksContainerForm } from './eks-container-form';

interface EksContainersProps {
  readonly podPath: IssuePath;
  readonly list: 'containers' | 'initContainers';
}

const TEXT = {
  containers: {
    title: 'Containers',
    description: 'The containers of the pod: 1 to 10.',
    add: 'Add container',
    prefix: 'container',
  },
  initContainers: {
    title: 'Init containers',
    description:
      'Containers that run one after another, each to completion, before the containers start: up to 10.',
    add: 'Add init container',
    prefix: 'init',
  },
};

/** The containers or init containers of a pod, one panel each. */
export function EksContainers({ podPath, list }: EksContainersProps) {
  const text = TEXT[list];
  const path = [...podPath, list];
  const count = useListLength(path);
  // Names are unique across both lists of the pod.
  const newName = useNewName(text.prefix, path, [
    [...podPath, list === 'containers' ? 'initContainers' : 'containers'],
  ]);

  return (
    <IssueSection
      path={path}
      anchor={null}
      title={`${text.title} (${count} of 10)`}
      description={text.description}
      variant="container"
      defaultExpanded={list === 'containers' || count > 0}
    >
      <ItemListField
        path={path}
        label=""
        description=""
        addText={text.add}
        newItem={() => ({ name: newName() })}
        itemLabel={(index, item) =>
          nameOf(item) || `${text.title} ${index + 1}`
        }
        renderItem={(containerPath) => (
          <EksContainerForm path={containerPath} podPath={podPath} />
        )}
      />
    </IssueSection>
  );
}
