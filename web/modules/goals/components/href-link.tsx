import { Link as DsLink } from '@digdir/designsystemet-react';
import { useRouter } from '@tanstack/react-router';
import type { AnchorHTMLAttributes, MouseEvent } from 'react';

/**
 * A link to an address given as a string (for routes whose search this page does not type):
 * the router follows it without reloading the page; a new tab, a modified click or no script
 * gets a plain link.
 */
export function HrefLink({
  href,
  children,
  ...rest
}: { href: string } & AnchorHTMLAttributes<HTMLAnchorElement>) {
  const router = useRouter();
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    rest.onClick?.(event);
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey
    )
      return;
    event.preventDefault();
    void router.navigate({ href });
  };
  return (
    <DsLink href={href} {...rest} onClick={onClick}>
      {children}
    </DsLink>
  );
}
