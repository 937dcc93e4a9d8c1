import Button from '@cloudscape-design/components/button';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useNavigate } from 'react-router';

import type { DescribedJobDefinition } from '@/aws/operations/describe-input';

import { compareHref } from './compare-href';

interface RevisionActionsProps {
  readonly name: string;
  readonly selected: readonly DescribedJobDefinition[];
  readonly onEdit: (revision: DescribedJobDefinition) => void;
  readonly onDeregister: () => void;
  readonly onCleanup: () => void;
  /** Active revisions of the name: the cleanup needs more than one. */
  readonly activeCount: number;
}

/** The actions of the revisions table, enabled by what is selected. */
export function RevisionActions({
  name,
  selected,
  onEdit,
  onDeregister,
  onCleanup,
  activeCount,
}: RevisionActionsProps) {
  const navigate = useNavigate();
  const [older, newer] = [...selected].sort((a, b) => a.revision - b.revision);
  const hasActive = selected.some((each) => each.status === 'ACTIVE');

  return (
    <SpaceBetween direction="horizontal" size="xs">
      <Button
        disabled={activeCount < 2}
        disabledReason="Needs two or more active revisions: there is nothing older to deregister."
        onClick={onCleanup}
      >
        Keep newest active…
      </Button>
      <Button disabled={!hasActive} onClick={onDeregister}>
        Deregister
      </Button>
      <Button
        disabled={selected.length !== 2 || !older || !newer}
        disabledReason="Select two revisions to compare."
        onClick={() =>
          older &&
          newer &&
          navigate(compareHref(name, older.revision, newer.revision))
        }
      >
        Compare
      </Button>
      <Button
        variant="primary"
        disabled={selected.length !== 1}
        disabledReason="Select one revision."
        onClick={() => older && onEdit(older)}
      >
        Edit as new revision
      </Button>
    </SpaceBetween>
  );
}
