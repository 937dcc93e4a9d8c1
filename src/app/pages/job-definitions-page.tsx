import { PlaceholderPage } from './placeholder-page';

export function JobDefinitionsPage() {
  return (
    <PlaceholderPage
      title="Job definitions"
      description="The job definitions registered in your AWS account."
    >
      This page will list the job definitions of your account, each with its
      revisions: compare two revisions, start a new draft from any of them, and
      deregister old ones. It needs a connection to AWS, which comes with
      Settings. Until then, write and check definitions in the editor, and
      register them with the CLI command it gives you.
    </PlaceholderPage>
  );
}
