import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';

export function App() {
  return (
    <ContentLayout header={<Header variant="h1">jobdef studio</Header>}>
      <p>Write, check and register AWS Batch job definitions.</p>
    </ContentLayout>
  );
}
