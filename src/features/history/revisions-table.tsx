import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Header from '@cloudscape-design/components/header';
import Pagination from '@cloudscape-design/components/pagination';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import { useState } from 'react';

import type { DeregisterOutcome as Outcome } from '@/aws/operations/deregister-job-definitions';
import { useDeregisterJobDefinitions } from '@/aws/operations/deregister-job-definitions';
import type { DescribedJobDefinition } from '@/aws/operations/describe-input';
import { useRevisions } from '@/aws/operations/describe-job-definitions';
import { useAwsConnection } from '@/aws/session/aws-context';
import { pageWindow } from '@/ui/page-window';

import { CleanupModal } from './cleanup-modal';
import { DeregisterModal } from './deregister-modal';
import { DeregisterOutcome } from './deregister-outcome';
import { QueryFailure } from './query-failure';
import { REVISION_COLUMNS } from './revision-columns';
import { RevisionActions } from './revision-actions';
import { RouteLink } from './route-link';
import { useEditAsNewRevision } from './use-edit-as-new-revision';
import { PAGINATION_LABELS } from './pagination-labels';

type Dialog = 'deregister' | 'cleanup' | null;

/** Every revision of one name, newest first, with what can be done to them. */
export function RevisionsTable({ name }: { readonly name: string }) {
  const connection = useAwsConnection();
  const query = useRevisions(name);
  const deregister = useDeregisterJobDefinitions();
  const editor = useEditAsNewRevision();
  const [selected, setSelected] = useState<DescribedJobDefinition[]>([]);
  const [pageIndex, setPageIndex] = useState(1);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const revisions = query.data ?? [];
  const shown = pageWindow(revisions.length, pageIndex);
  const items = revisions.slice(shown.start, shown.end);
  const selectedArns = selected
    .filter((each) => each.status === 'ACTIVE')
    .map((each) => each.jobDefinitionArn);

  const handleDeregister = (arns: readonly string[]) => {
    if (!connection) return;
    deregister.mutate(
      { connection, jobDefinitions: arns },
      {
        onSuccess: (result) => {
          setOutcome(result);
          setSelected([]);
          setDialog(null);
        },
      },
    );
  };

  // Without an answer there is nothing to list: "no job definition named"
  // under the error would be a guess.
  if (query.error && query.data === undefined)
    return (
      <SpaceBetween size="m">
        <Header variant="h1">{name}</Header>
        <QueryFailure
          error={query.error}
          what={`Could not load the revisions of ${name}`}
          onRetry={() => void query.refetch()}
        />
      </SpaceBetween>
    );

  return (
    <SpaceBetween size="m">
      {query.error && (
        <QueryFailure
          error={query.error}
          what={`Could not refresh the revisions of ${name}`}
          onRetry={() => void query.refetch()}
        />
      )}
      {deregister.error && (
        <Alert type="error" header="Deregistering stopped">
          {deregister.error.message}
        </Alert>
      )}
      {outcome && (
        <DeregisterOutcome
          outcome={outcome}
          onDismiss={() => setOutcome(null)}
        />
      )}
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
      <Table
        variant="full-page"
        items={items}
        columnDefinitions={REVISION_COLUMNS}
        trackBy="jobDefinitionArn"
        selectionType="multi"
        selectedItems={selected}
        onSelectionChange={({ detail }) =>
          setSelected([...detail.selectedItems])
        }
        ariaLabels={{
          selectionGroupLabel: 'Revisions',
          allItemsSelectionLabel: () => 'Select every revision on this page',
          itemSelectionLabel: (_selection, item) =>
            `Select revision ${item.revision}`,
        }}
        loading={query.isPending && query.fetchStatus !== 'idle'}
        loadingText={`Loading the revisions of ${name}`}
        header={
          <Header
            variant="awsui-h1-sticky"
            counter={query.data ? `(${revisions.length})` : undefined}
            description="Every revision, newest first. Select two to compare, one to edit as a new revision, or any to deregister."
            actions={
              <RevisionActions
                name={name}
                selected={selected}
                onEdit={editor.edit}
                onDeregister={() => setDialog('deregister')}
                onCleanup={() => setDialog('cleanup')}
                activeCount={
                  revisions.filter((each) => each.status === 'ACTIVE').length
                }
              />
            }
          >
            {name}
          </Header>
        }
        pagination={
          <Pagination
            currentPageIndex={shown.current}
            pagesCount={shown.pages}
            onChange={({ detail }) => setPageIndex(detail.currentPageIndex)}
            ariaLabels={PAGINATION_LABELS}
          />
        }
        empty={
          <Box textAlign="center" color="inherit">
            <SpaceBetween size="xs">
              <b>No job definition named {name}</b>
              <Box variant="p" color="inherit">
                AWS matches names exactly, upper and lower case included.
              </Box>
              <RouteLink href="/job-definitions">
                Back to the job definitions
              </RouteLink>
            </SpaceBetween>
          </Box>
        }
      />
      {dialog === 'deregister' && (
        <DeregisterModal
          header={`Deregister revisions of ${name}`}
          arns={selectedArns}
          isBusy={deregister.isPending}
          onConfirm={() => handleDeregister(selectedArns)}
          onCancel={() => setDialog(null)}
        >
          {selectedArns.length < selected.length && (
            <Box variant="p">
              The inactive revisions you selected are already deregistered and
              are left out.
            </Box>
          )}
        </DeregisterModal>
      )}
      {dialog === 'cleanup' && (
        <CleanupModal
          name={name}
          revisions={revisions}
          isBusy={deregister.isPending}
          onConfirm={handleDeregister}
          onCancel={() => setDialog(null)}
        />
      )}
    </SpaceBetween>
  );
}
