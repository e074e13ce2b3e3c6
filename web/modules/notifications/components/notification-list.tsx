import { Button, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Notification, NotificationList } from '#contracts/notifications.ts';
import { formatDateTime, formatLongDate } from '#web/lib/format.ts';
import { AppLink } from '#web/ui/app-link.tsx';
import { ErrorAlert } from '#web/ui/error-alert.tsx';
import { LiveStatus } from '#web/ui/status.tsx';
import { useMarkRead } from '../notifications.api.ts';

/** The report a notification's link names, as the follow-up page's search. */
function followupSearch(link: string) {
  const search = new URL(link, 'http://rodtrad.invalid').searchParams;
  const year = Number(search.get('year'));
  return {
    ...(Number.isInteger(year) && year > 0 ? { year } : {}),
    ...(search.get('period') ? { period: search.get('period')! } : {}),
    ...(search.get('unit') ? { unit: search.get('unit')! } : {}),
  };
}

/** One notification in the reader's language. */
export function useNotificationText() {
  const { t, i18n } = useTranslation();
  return (n: Notification) =>
    t(`notifications.text.${n.kind}`, {
      unit: n.data.unitName,
      period: n.data.periodName,
      actor: n.data.actorName ?? t('notifications.someone'),
      comment: n.data.comment,
      deadline: n.data.deadline ? formatLongDate(n.data.deadline, i18n.language) : '',
    });
}

/** The person's notifications, newest first: each says what happened and opens its report. */
export function NotificationItems({ list }: { list: NotificationList }) {
  const { t, i18n } = useTranslation();
  const textOf = useNotificationText();
  const markRead = useMarkRead();
  const [status, setStatus] = useState<string | null>(null);
  const mark = (id: string | 'all') =>
    markRead.mutate(id, {
      onSuccess: () =>
        setStatus(t(id === 'all' ? 'notifications.allMarked' : 'notifications.marked')),
    });
  return (
    <>
      {list.notifications.length === 0 ? (
        <Paragraph>{t('notifications.empty')}</Paragraph>
      ) : (
        <ul className="notification-list">
          {list.notifications.map((n) => (
            <li
              key={n.id}
              className={n.readAt ? 'notification' : 'notification notification--unread'}
            >
              <Paragraph>
                {!n.readAt && (
                  <Tag data-color="warning" className="notification__unread">
                    {t('notifications.unread')}
                  </Tag>
                )}
                {textOf(n)}
              </Paragraph>
              <div className="notification__actions">
                <span className="notification__time">
                  {formatDateTime(n.createdAt, i18n.language)}
                </span>
                <AppLink
                  to="/followup"
                  search={followupSearch(n.link)}
                  onClick={() => {
                    if (!n.readAt) markRead.mutate(n.id);
                  }}
                >
                  {t('notifications.open')}
                </AppLink>
                {!n.readAt && (
                  <Button variant="tertiary" data-size="sm" onClick={() => mark(n.id)}>
                    {t('notifications.markRead')}
                  </Button>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
      {list.unread > 0 && (
        <Button variant="secondary" data-size="sm" onClick={() => mark('all')}>
          {t('notifications.markAllRead')}
        </Button>
      )}
      {markRead.error && <ErrorAlert error={markRead.error} />}
      <LiveStatus message={status} />
    </>
  );
}
