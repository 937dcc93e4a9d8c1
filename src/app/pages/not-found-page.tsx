import Box from '@cloudscape-design/components/box';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useLocation, useNavigate } from 'react-router';

const PLACES = [
  { href: '/', text: 'Open the editor' },
  { href: '/job-definitions', text: 'See the job definitions' },
];

/** Any address without a page: says so, and offers the main pages. */
export function NotFoundPage() {
  const { pathname } = useLocation();
  const navigate = useNavigate();

  return (
    <ContentLayout header={<Header variant="h1">Page not found</Header>}>
      <Container>
        <SpaceBetween size="m">
          <Box variant="p">
            The page <Box variant="code">{pathname}</Box> does not exist. Check
            the address, or go on from here:
          </Box>
          <ul>
            {PLACES.map(({ href, text }) => (
              <li key={href}>
                <Link
                  href={href}
                  onFollow={(event) => {
                    event.preventDefault();
                    void navigate(href);
                  }}
                >
                  {text}
                </Link>
              </li>
            ))}
          </ul>
        </SpaceBetween>
      </Container>
    </ContentLayout>
  );
}
