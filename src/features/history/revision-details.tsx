import Alert from '@cloudscape-design/components/alert';
import Container from '@cloudscape-design/components/container';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import Tabs from '@cloudscape-design/components/tabs';
import { lazy, Suspense, useMemo } from 'react';

import type { DescribedJobDefinition } from '@/aws/operations/describe-input';

import { formatMemory, formatVcpus } from './format-size';
import { requestOf } from './request-of';
import { RevisionForm } from './revision-form';
import { RevisionHeader } from './revision-header';
import { RevisionStatus } from './revision-status';
import { summarizeRevision } from './summarize-revision';
import { useEditAsNewRevision } from './use-edit-as-new-revision';

// Monaco is large: it loads when the JSON tab first opens.
const ReadOnlyJson = lazy(() => import('./read-only-json'));

/** One revision: its summary, and its request body as a form and as JSON. */
export function RevisionDetails({
  revision,
}: {
  readonly revision: DescribedJobDefinition;
}) {
  const editor = useEditAsNewRevision();
  const request = useMemo(() => requestOf(revision), [revision]);
  const text = useMemo(
    () => `${JSON.stringify(request, null, 2)}\n`,
    [request],
  );
  const summary = summarizeRevision(revision);

  return (
    <SpaceBetween size="l">
      <RevisionHeader
        revision={revision}
        text={text}
        onEdit={() => editor.edit(revision)}
      />
      {editor.error && (
        <Alert
          type="error"
          header="Could not open a new draft"
          dismissible
          onDismiss={editor.clearError}
        >
          {editor.error}
        </Alert>
      )}
      <Container>
        <KeyValuePairs
          columns={4}
          items={[
            {
              label: 'Status',
              value: <RevisionStatus status={revision.status} />,
            },
            {
              label: 'Type and platform',
              value: `${summary.type}, ${summary.platform}`,
            },
            { label: 'Image', value: summary.image ?? '-' },
            {
              label: 'vCPU and memory',
              value: `${formatVcpus(summary.vcpus)} vCPU, ${formatMemory(summary.memoryMiB)}`,
            },
          ]}
        />
      </Container>
      <Tabs
        ariaLabel="Revision views"
        tabs={[
          {
            id: 'form',
            label: 'Form',
            content: <RevisionForm request={request} />,
          },
          {
            id: 'json',
            label: 'JSON',
            content: (
              <Suspense
                fallback={
                  <StatusIndicator type="loading">
                    Loading the JSON view
                  </StatusIndicator>
                }
              >
                <ReadOnlyJson text={text} />
              </Suspense>
            ),
          },
        ]}
      />
    </SpaceBetween>
  );
}
