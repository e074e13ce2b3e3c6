import type {
  NotificationList,
  NotificationPreferences,
  NotificationSettings,
} from '#contracts/notifications.ts';
import { actorOf, type Principal } from '#server/principal.ts';
import type { Repositories } from '#server/repositories.ts';
import { notificationNotFound } from './notifications.errors.ts';
import { DEFAULT_DEADLINE_REMINDER_DAYS, preferencesWithDefaults } from './notifications.rules.ts';

type Deps = Pick<Repositories, 'notifications' | 'audit'>;

/** The caller's own notifications in the app, newest first; nobody sees another's. */
export const listNotifications = (deps: Deps, principal: Principal): Promise<NotificationList> =>
  deps.notifications.list(principal.tenantId, principal.userId);

export async function markRead(
  deps: Deps,
  principal: Principal,
  id: string,
  now: Date,
): Promise<NotificationList> {
  if (!(await deps.notifications.markRead(principal.tenantId, principal.userId, id, now)))
    throw notificationNotFound();
  return listNotifications(deps, principal);
}

export async function markAllRead(deps: Deps, principal: Principal, now: Date) {
  await deps.notifications.markAllRead(principal.tenantId, principal.userId, now);
  return listNotifications(deps, principal);
}

export async function preferencesOf(
  deps: Deps,
  principal: Principal,
): Promise<NotificationPreferences> {
  const chosen = await deps.notifications.preferences(principal.tenantId, [principal.userId]);
  return { preferences: preferencesWithDefaults(chosen.get(principal.userId) ?? []) };
}

/** A person's own choices: personal settings, not governance data, so not audited. */
export async function savePreferences(
  deps: Deps,
  principal: Principal,
  input: NotificationPreferences,
): Promise<NotificationPreferences> {
  await deps.notifications.savePreferences(principal.tenantId, principal.userId, input.preferences);
  return preferencesOf(deps, principal);
}

export async function settingsOf(deps: Deps, principal: Principal): Promise<NotificationSettings> {
  const days = await deps.notifications.reminderDays(principal.tenantId);
  return { deadlineReminderDays: days ?? DEFAULT_DEADLINE_REMINDER_DAYS };
}

/** The tenant's reminder days: an administrator's change, audited. */
export async function saveSettings(
  deps: Deps,
  principal: Principal,
  input: NotificationSettings,
  now: Date,
): Promise<NotificationSettings> {
  const before = await settingsOf(deps, principal);
  await deps.notifications.saveReminderDays(principal.tenantId, input.deadlineReminderDays, now);
  await deps.audit.record(actorOf(principal), {
    entity: 'notification_settings',
    entityId: principal.tenantId,
    action: 'update',
    before,
    after: input,
  });
  return input;
}
