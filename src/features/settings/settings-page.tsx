import Alert from '@cloudscape-design/components/alert';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { useState } from 'react';

import { useAws } from '@/aws/session/aws-context';
import { useEmulatorReachability } from '@/aws/session/use-emulator-reachability';

import { EmulatorStatus } from './emulator-status';
import { SettingsForm } from './settings-form';

/** How the app reaches AWS Batch: region, Cognito, sign-in, endpoints. */
export function SettingsPage() {
  const { runtime, settings } = useAws();
  const [isStored, setIsStored] = useState<boolean | null>(null);
  const reachability = useEmulatorReachability();

  return (
    <ContentLayout
      header={
        <Header
          variant="h1"
          description="How the app reaches AWS Batch. Settings are kept in this browser; credentials and tokens only in memory."
        >
          Settings
        </Header>
      }
    >
      {runtime ? (
        <SpaceBetween size="l">
          <EmulatorStatus
            emulator={runtime.config.emulator}
            reachability={reachability}
          />
          {runtime.problems.length > 0 && (
            <Alert
              type="warning"
              header="Part of the runtime config was ignored"
            >
              {runtime.problems.join(' ')}
            </Alert>
          )}
          {isStored === true && (
            <Alert type="success">Settings saved in this browser.</Alert>
          )}
          {isStored === false && (
            <Alert type="warning">
              This browser refused to store the settings: they apply until the
              page is reloaded.
            </Alert>
          )}
          {/* A new key starts the form afresh when the saved settings change. */}
          <SettingsForm
            key={JSON.stringify(settings)}
            initial={settings}
            onSaved={setIsStored}
          />
        </SpaceBetween>
      ) : (
        <StatusIndicator type="loading">Loading the settings</StatusIndicator>
      )}
    </ContentLayout>
  );
}
