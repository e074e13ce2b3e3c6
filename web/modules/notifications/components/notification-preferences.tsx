import { Button, Checkbox, Fieldset, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NotificationPreference, NotificationSettings } from '#contracts/notifications.ts';
import { ErrorAlert } from '#web/ui/error-alert.tsx';
import { TextField } from '#web/ui/fields.tsx';
import { LiveStatus } from '#web/ui/status.tsx';
import { useSavePreferences, useSaveSettings } from '../notifications.api.ts';

/** Per kind of event: shown in the app, sent by e-mail. */
export function PreferencesForm({ saved }: { saved: NotificationPreference[] }) {
  const { t } = useTranslation();
  const [choices, setChoices] = useState(saved);
  const [status, setStatus] = useState<string | null>(null);
  const save = useSavePreferences();
  const set = (kind: NotificationPreference['kind'], change: Partial<NotificationPreference>) => {
    setStatus(null);
    setChoices((all) => all.map((p) => (p.kind === kind ? { ...p, ...change } : p)));
  };
  return (
    <form
      className="notification-preferences"
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate(
          { preferences: choices },
          { onSuccess: () => setStatus(t('notifications.preferences.saved')) },
        );
      }}
    >
      <Paragraph>{t('notifications.preferences.intro')}</Paragraph>
      {choices.map((p) => (
        <Fieldset key={p.kind} className="notification-preferences__kind">
          <Fieldset.Legend>{t(`notifications.preferences.kinds.${p.kind}`)}</Fieldset.Legend>
          <Checkbox
            label={t('notifications.preferences.inApp')}
            checked={p.inApp}
            onChange={(e) => set(p.kind, { inApp: e.target.checked })}
          />
          <Checkbox
            label={t('notifications.preferences.email')}
            checked={p.email}
            onChange={(e) => set(p.kind, { email: e.target.checked })}
          />
        </Fieldset>
      ))}
      {save.error && <ErrorAlert error={save.error} />}
      <Button type="submit" disabled={save.isPending}>
        {t('notifications.preferences.save')}
      </Button>
      <LiveStatus message={status} />
    </form>
  );
}

/** The tenant's reminder days (an administrator's setting). */
export function ReminderSettingsForm({ saved }: { saved: NotificationSettings }) {
  const { t } = useTranslation();
  const [days, setDays] = useState(String(saved.deadlineReminderDays));
  const [status, setStatus] = useState<string | null>(null);
  const save = useSaveSettings();
  return (
    <form
      className="notification-settings"
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate(
          { deadlineReminderDays: Number(days) },
          { onSuccess: () => setStatus(t('notifications.settings.saved')) },
        );
      }}
    >
      <TextField
        id="deadline-reminder-days"
        label={t('notifications.settings.days')}
        type="number"
        inputMode="numeric"
        min={1}
        max={60}
        value={days}
        onChange={(e) => {
          setStatus(null);
          setDays(e.target.value);
        }}
      />
      {save.error && <ErrorAlert error={save.error} />}
      <Button type="submit" disabled={save.isPending}>
        {t('notifications.settings.save')}
      </Button>
      <LiveStatus message={status} />
    </form>
  );
}
