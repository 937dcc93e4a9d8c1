import Alert from '@cloudscape-design/components/alert';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { ErrorBoundary } from 'react-error-boundary';
import { useParams, useSearchParams } from 'react-router';

import { useAws } from '@/aws/session/aws-context';

import { CompareErrorFallback } from './compare-error-fallback';
import { CompareView } from './compare-view';
import { parseCompareParams } from './compare-params';
import { RouterLink } from './router-link';

/**
 * `/job-definitions/:name/compare?a=REV&b=REV`: two revisions of one job
 * definition, or a revision and the current draft, side by side.
 */
export function ComparePage() {
  const { name } = useParams();
  const [search] = useSearchParams();
  const { connection } = useAws();
  const params = parseCompareParams(name, search);

  const revisionsHref = params.ok
    ? `/job-definitions/${encodeURIComponent(params.name)}`
    : '/job-definitions';

  return (
    <ContentLayout
      header={
        <Header
          variant="h1"
          description={
            <RouterLink href={revisionsHref}>
              {params.ok
                ? `Back to the revisions of ${params.name}`
                : 'Back to the job definitions'}
            </RouterLink>
          }
        >
          Compare revisions
        </Header>
      }
    >
      {!params.ok ? (
        <Alert type="error" header={params.title}>
          <ul>
            {params.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </Alert>
      ) : connection === undefined ? (
        <StatusIndicator type="loading">Loading the settings</StatusIndicator>
      ) : !connection.ok ? (
        <Alert type="warning" header="Not connected to AWS">
          <SpaceBetween size="xs">
            <span>
              The revisions come from AWS Batch, and the settings for reaching
              it are not complete.
            </span>
            <RouterLink href="/settings">Open Settings</RouterLink>
          </SpaceBetween>
        </Alert>
      ) : (
        <ErrorBoundary
          FallbackComponent={CompareErrorFallback}
          resetKeys={[search.toString()]}
        >
          <CompareView
            key={`${params.name}?${search.toString()}`}
            name={params.name}
            a={params.a}
            b={params.b}
          />
        </ErrorBoundary>
      )}
    </ContentLayout>
  );
}
