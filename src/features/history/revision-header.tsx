import Button from '@cloudscape-design/components/button';
import CopyToClipboard from '@cloudscape-design/components/copy-to-clipboard';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useNavigate } from 'react-router';

import type { DescribedJobDefinition } from '@/aws/operations/describe-input';

import { compareHref } from './compare-href';
import { downloadText } from '@/ui/download-text';

interface RevisionHeaderProps {
  readonly revision: DescribedJobDefinition;
  /** The request body's JSON, as the JSON tab shows it. */
  readonly text: string;
  readonly onEdit: () => void;
}

/** The title of one revision, with its actions. */
export function RevisionHeader({
  revision,
  text,
  onEdit,
}: RevisionHeaderProps) {
  const navigate = useNavigate();
  const name = revision.jobDefinitionName;

  return (
    <Header
      variant="h1"
      description={revision.jobDefinitionArn}
      actions={
        <SpaceBetween direction="horizontal" size="xs">
          <CopyToClipboard
            variant="button"
            textToCopy={text}
            copyButtonText="Copy JSON"
            copySuccessText="JSON copied"
            copyErrorText="The browser refused to copy"
          />
          <Button
            iconName="download"
            onClick={() =>
              downloadText(`${name}-${revision.revision}.json`, text)
            }
          >
            Download
          </Button>
          <Button
            onClick={() =>
              navigate(compareHref(name, revision.revision, 'draft'))
            }
          >
            Compare with draft
          </Button>
          <Button variant="primary" onClick={onEdit}>
            Edit as new revision
          </Button>
        </SpaceBetween>
      }
    >
      {name}:{revision.revision}
    </Header>
  );
}
