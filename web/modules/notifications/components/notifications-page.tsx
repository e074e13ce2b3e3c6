import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { usePermission } from '#web/modules/people/people.api.ts';
import { Page, Section } from '#web/ui/page.tsx';
import { QueryState } from '#web/ui/query-state.tsx';
import { notificationsQuery, preferencesQuery, settingsQuery } from '../notifications.api.ts';
import { NotificationItems } from './notification-list.tsx';
import { PreferencesForm, ReminderSettingsForm } from './notification-preferences.tsx';

function ReminderSettings() {
  const { t } = useTranslation();
  const settings = useQuery(settingsQuery);
  return (
    <Section title={t('notifications.settings.title')}>
      <QueryState query={settings}>{(saved) => <ReminderSettingsForm saved={saved} />}</QueryState>
    </Section>
  );
}

/** The person's notifications, what they choose to get, and for an administrator the reminder days. */
export function NotificationsPage() {
  const { t } = useTranslation();
  const list = useQuery(notificationsQuery);
  const preferences = useQuery(preferencesQuery);
  const administrator = usePermission('years.manage');
  return (
    <Page title={t('notifications.title')}>
      <Section title={t('notifications.listTitle')}>
        <QueryState query={list}>{(data) => <NotificationItems list={data} />}</QueryState>
      </Section>
      <Section title={t('notifications.preferences.title')}>
        <QueryState query={preferences}>
          {(data) => <PreferencesForm saved={data.preferences} />}
        </QueryState>
      </Section>
      {administrator && <ReminderSettings />}
    </Page>
  );
}
