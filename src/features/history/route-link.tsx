import Link, { type LinkProps } from '@cloudscape-design/components/link';
import { useNavigate } from 'react-router';

interface RouteLinkProps extends Omit<LinkProps, 'href' | 'onFollow'> {
  readonly href: string;
}

/** A Cloudscape link that navigates inside the app, without a reload. */
export function RouteLink({ href, ...props }: RouteLinkProps) {
  const navigate = useNavigate();

  return (
    <Link
      {...props}
      href={href}
      onFollow={(event) => {
        event.preventDefault();
        navigate(href);
      }}
    />
  );
}
