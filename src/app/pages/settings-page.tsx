import { PlaceholderPage } from './placeholder-page';

export function SettingsPage() {
  return (
    <PlaceholderPage
      title="Settings"
      description="How the app reaches AWS Batch."
    >
      This page will hold the AWS region, the Cognito identity pool and sign-in,
      and an optional endpoint (a local emulator or a proxy), so the app can
      register job definitions and read their revisions. The editor works
      without any of it: nothing you write leaves this browser.
    </PlaceholderPage>
  );
}
