import { Link } from '@digdir/designsystemet-react';
import type { MouseEvent, ReactNode } from 'react';
import { jumpTo } from './report-context.tsx';

/** A link to a part of the page that moves focus there, for keyboard and screen-reader users. */
export function JumpLink({ to, children }: { to: string; children: ReactNode }) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (jumpTo(to)) event.preventDefault();
  };
  return (
    <Link href={`#${to}`} onClick={onClick}>
      {children}
    </Link>
  );
}
