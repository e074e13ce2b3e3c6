import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  NotificationList,
  NotificationPreferences,
  NotificationSettings,
} from '#contracts/notifications.ts';
import { api } from '#web/lib/api-client.ts';

/** The person's notifications; the header asks again every minute for new ones. */
export const notificationsQuery = queryOptions({
  queryKey: ['notifications'],
  queryFn: ({ signal }) => api<NotificationList>('/api/notifications', { signal }),
  refetchInterval: 60_000,
});

export const preferencesQuery = queryOptions({
  queryKey: ['notifications', 'preferences'],
  queryFn: ({ signal }) =>
    api<NotificationPreferences>('/api/notifications/preferences', { signal }),
});

export const settingsQuery = queryOptions({
  queryKey: ['notifications', 'settings'],
  queryFn: ({ signal }) => api<NotificationSettings>('/api/notifications/settings', { signal }),
});

/** Marks one (an id) or every notification read; the answer is the list as it now is. */
export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string | 'all') =>
      api<NotificationList>(
        id === 'all' ? '/api/notifications/read-all' : `/api/notifications/${id}/read`,
        { method: 'POST' },
      ),
    onSuccess: (list) => queryClient.setQueryData(notificationsQuery.queryKey, list),
  });
}

export function useSavePreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NotificationPreferences) =>
      api<NotificationPreferences>('/api/notifications/preferences', {
        method: 'PUT',
        body: input,
      }),
    onSuccess: (saved) => queryClient.setQueryData(preferencesQuery.queryKey, saved),
  });
}

export function useSaveSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NotificationSettings) =>
      api<NotificationSettings>('/api/notifications/settings', { method: 'PUT', body: input }),
    onSuccess: (saved) => queryClient.setQueryData(settingsQuery.queryKey, saved),
  });
}
