import { Heading } from '@digdir/designsystemet-react';
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

// The first page of a visit keeps the browser's focus; later client-side navigations move focus
// to the new page's heading so that screen readers announce the page change.
let navigated = false;

/** A page: its h1 (which also names the browser tab) and its content. */
export function Page({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = t('app.title', { page: title });
  }, [t, title]);

  useEffect(() => {
    if (navigated) heading.current?.focus();
    navigated = true;
  }, []);

  return (
    <div className="page">
      <Heading level={1} data-size="lg" ref={heading} tabIndex={-1} className="page-heading">
        {title}
      </Heading>
      {children}
    </div>
  );
}

/**
 * A part of a page under its own heading. (No aria-labelledby: not every part should be a
 * landmark region; the headings give the structure.)
 */
export function Section({
  title,
  children,
  className,
  level = 2,
}: {
  title: ReactNode;
  children: ReactNode;
  className?: string;
  level?: 2 | 3;
}) {
  return (
    <section className={className ? `section ${className}` : 'section'}>
      <Heading level={level} data-size={level === 2 ? 'sm' : 'xs'}>
        {title}
      </Heading>
      {children}
    </section>
  );
}
