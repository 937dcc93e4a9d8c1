import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';

import { AwsProvider } from '@/aws/session/aws-provider';

import { browserStorage } from './browser-storage';
import { ConnectPolicyGuard } from './csp/connect-policy-guard';
import { useStartup } from './csp/startup-context';

// The AWS SDK already retries throttling and transient failures with
// backoff; retrying again on top would multiply the wait.
function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
}

/** Server state and the AWS connection, for every page. */
export function AppProviders({ children }: { readonly children: ReactNode }) {
  const [queryClient] = useState(createQueryClient);
  const [storage] = useState(browserStorage);
  const startup = useStartup();
  // The settings use the very config the page's connect policy came from.
  const [loadConfig] = useState(() =>
    startup ? () => Promise.resolve(startup.runtime) : undefined,
  );

  return (
    <QueryClientProvider client={queryClient}>
      <AwsProvider
        storage={storage}
        origin={window.location.origin}
        loadConfig={loadConfig}
      >
        <ConnectPolicyGuard />
        {children}
      </AwsProvider>
    </QueryClientProvider>
  );
}
