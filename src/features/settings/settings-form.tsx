import Alert from '@cloudscape-design/components/alert';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Form from '@cloudscape-design/components/form';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useMemo, useState, type FormEvent } from 'react';

import { createAwsConnection } from '@/aws/session/aws-connection';
import { useAws } from '@/aws/session/aws-context';
import type { AwsSettings } from '@/aws/settings/aws-settings';
import { settingsProblems } from '@/aws/settings/settings-problems';

import { ConnectionFields } from './connection-fields';
import { ConnectionTestPanel } from './connection-test-panel';
import { DiscardChangesModal } from './discard-changes-modal';
import { EndpointFields } from './endpoint-fields';
import { SignInFields } from './sign-in-fields';
import { SignInPanel } from './sign-in-panel';
import { signInTarget } from './sign-in-target';
import { useUnsavedChangesGuard } from './use-unsaved-changes-guard';

interface SettingsFormProps {
  /** The settings in effect when the form opened. */
  readonly initial: AwsSettings;
  /** Told whether the browser kept the saved settings; null on a new edit. */
  readonly onSaved: (isStored: boolean | null) => void;
}

/** The settings form, sign-in and Test connection, on the form's values. */
export function SettingsForm({ initial, onSaved }: SettingsFormProps) {
  const aws = useAws();
  const [value, setValue] = useState(initial);
  const [isInvalid, setIsInvalid] = useState(false);
  const problems = useMemo(
    () => settingsProblems(value, aws.origin),
    [value, aws.origin],
  );
  const connection = useMemo(
    () => createAwsConnection(value, aws.origin, aws.session),
    [value, aws.origin, aws.session],
  );
  const isDirty = JSON.stringify(value) !== JSON.stringify(initial);
  const blocker = useUnsavedChangesGuard(isDirty);

  const handleChange = (next: AwsSettings) => {
    setValue(next);
    setIsInvalid(false);
    onSaved(null);
  };
  const handleSave = (event: FormEvent) => {
    event.preventDefault();
    if (problems.some((problem) => problem.severity === 'error')) {
      setIsInvalid(true);
      return;
    }
    onSaved(aws.save(value));
  };
  const fields = { value, onChange: handleChange, problems };

  return (
    <SpaceBetween size="l">
      <DiscardChangesModal blocker={blocker} />
      <form onSubmit={handleSave}>
        <Form
          actions={
            <SpaceBetween direction="horizontal" size="xs">
              <Button formAction="none" onClick={aws.reset}>
                Reset to defaults
              </Button>
              <Button variant="primary">Save</Button>
            </SpaceBetween>
          }
        >
          <Container header={<Header variant="h2">Connection</Header>}>
            <SpaceBetween size="l">
              <ConnectionFields {...fields} />
              <SignInFields {...fields} />
              <EndpointFields {...fields} />
              {isInvalid && (
                <Alert type="error">
                  Fix the fields marked above, then save again.
                </Alert>
              )}
            </SpaceBetween>
          </Container>
        </Form>
      </form>
      {value.signIn === 'userPool' && (
        <SignInPanel target={signInTarget(value, aws.origin)} />
      )}
      <Container
        header={
          <Header
            variant="h2"
            description="Uses the values above, saved or not."
          >
            Test connection
          </Header>
        }
      >
        <ConnectionTestPanel connection={connection} />
      </Container>
    </SpaceBetween>
  );
}
