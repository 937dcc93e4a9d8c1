import Box from '@cloudscape-design/components/box';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { lazy, Suspense, type ComponentType } from 'react';

function PageLoading() {
  return (
    <Box padding={{ vertical: 'l' }}>
      <StatusIndicator type="loading">Loading page</StatusIndicator>
    </Box>
  );
}

/**
 * A page whose code is fetched when it is first shown, so the editor's first
 * load does not carry it. A failed fetch throws to the shell's page error
 * boundary, which keeps the navigation and offers to try again.
 */
export function lazyPage(load: () => Promise<ComponentType>): ComponentType {
  const Page = lazy(async () => ({ default: await load() }));

  return function LazyPage() {
    return (
      <Suspense fallback={<PageLoading />}>
        <Page />
      </Suspense>
    );
  };
}
