import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { notificationsQuery } from '../notifications.api.ts';
import './notifications.css';

/** "Aviseringar (2)" in the header: the person's unread count, a link to the list. */
export function NotificationsLink() {
  const { t } = useTranslation();
  const unread = useQuery(notificationsQuery).data?.unread ?? 0;
  return (
    <Link to="/notifications" className="app-header__notifications">
      {unread > 0 ? t('notifications.linkUnread', { count: unread }) : t('notifications.link')}
    </Link>
  );
}
