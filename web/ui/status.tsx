/**
 * A polite live region that is always in the page, so that a message put into it (a saved
 * user, a granted role) is announced by screen readers.
 */
export function LiveStatus({ message }: { message: string | null }) {
  return (
    <div role="status" className={message ? 'live-status live-status--visible' : 'live-status'}>
      {message}
    </div>
  );
}
