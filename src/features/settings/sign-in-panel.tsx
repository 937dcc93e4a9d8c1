import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState, type FormEvent } from 'react';

import { AwsRequestError, type AwsFailure } from '@/aws/errors/aws-failure';
import { useAws } from '@/aws/session/aws-context';
import type { SignInTarget } from '@/aws/user-pool/sign-in';

interface SignInPanelProps {
  /** The user pool from the form; undefined while its fields are invalid. */
  readonly target: SignInTarget | undefined;
}

/** Sign in to the user pool (tokens stay in memory), or sign out. */
export function SignInPanel({ target }: SignInPanelProps) {
  const { session, signIn, signOut } = useAws();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [failure, setFailure] = useState<AwsFailure | null>(null);
  const [isSigningIn, setIsSigningIn] = useState(false);

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!target) return;
    setIsSigningIn(true);
    setFailure(null);
    try {
      await signIn(target, username, password);
      setPassword('');
    } catch (error) {
      if (error instanceof AwsRequestError) setFailure(error.failure);
      else throw error;
    } finally {
      setIsSigningIn(false);
    }
  };

  if (session && session.userPoolId === target?.userPoolId)
    return (
      <Container header={<Header variant="h2">User pool sign-in</Header>}>
        <SpaceBetween direction="horizontal" size="s" alignItems="center">
          <Box>Signed in as {session.username}.</Box>
          <Button onClick={signOut}>Sign out</Button>
        </SpaceBetween>
      </Container>
    );

  return (
    <form onSubmit={(event) => void handleSubmit(event)}>
      <Form
        actions={
          <Button formAction="submit" loading={isSigningIn} disabled={!target}>
            Sign in
          </Button>
        }
      >
        <Container
          header={
            <Header
              variant="h2"
              description="Your password is checked with SRP and never leaves the browser; the tokens are kept in memory, so a reload signs you out."
            >
              User pool sign-in
            </Header>
          }
        >
          <SpaceBetween size="l">
            {!target && (
              <Box>Enter a valid user pool ID and app client ID first.</Box>
            )}
            <FormField label="Username">
              <Input
                value={username}
                autoComplete="username"
                onChange={({ detail }) => setUsername(detail.value)}
              />
            </FormField>
            <FormField label="Password">
              <Input
                type="password"
                value={password}
                autoComplete="current-password"
                onChange={({ detail }) => setPassword(detail.value)}
              />
            </FormField>
            {failure && (
              <Alert type="error" header="Not signed in">
                {failure.message} {failure.nextStep}
              </Alert>
            )}
          </SpaceBetween>
        </Container>
      </Form>
    </form>
  );
}
