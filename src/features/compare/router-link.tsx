import Link, { type LinkProps } from '@cloudscape-design/components/link';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';

interface RouterLinkProps {
  readonly href: string;
  readonly variant?: LinkProps.Variant;
  readonly children: ReactNode;
}

/** A Cloudscape link that moves within the app without reloading it. */
export function RouterLink({ href, variant, children }: RouterLinkProps) {
  const navigate = useNavigate();

  return (
    <Link
      href={href}
      variant={variant}
      onFollow={(event) => {
        event.preventDefault();
        void navigate(href);
      }}
    >
      {children}
    </Link>
  );
}
