import Box from '@cloudscape-design/components/box';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';

interface PlaceholderPageProps {
  readonly title: string;
  readonly description: string;
  readonly children: ReactNode;
}

/** A page that a later version fills: says what will be there, links back. */
export function PlaceholderPage({
  title,
  description,
  children,
}: PlaceholderPageProps) {
  const navigate = useNavigate();

  return (
    <ContentLayout
      header={
        <Header variant="h1" description={description}>
          {title}
        </Header>
      }
    >
      <Container header={<Header variant="h2">Not available yet</Header>}>
        <SpaceBetween size="m">
          <Box variant="p">{children}</Box>
          <Link
            href="/"
            onFollow={(event) => {
              event.preventDefault();
              navigate('/');
            }}
          >
            Back to the editor
          </Link>
        </SpaceBetween>
      </Container>
    </ContentLayout>
  );
}
