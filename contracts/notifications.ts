import { z } from 'zod';
import { id, isoDate } from './common.ts';

/** What a person can be told about; each person chooses, per kind, in the app and by e-mail. */
export const notificationKinds = [
  'sent_back',
  'ready_for_review',
  'approved',
  'adopted',
  'deadline_soon',
  'deadline_passed',
  'mention',
] as const;
export const notificationKind = z.enum(notificationKinds);
export type NotificationKind = z.infer<typeof notificationKind>;

/** What the message says, beyond its kind: the names are as they were when it was made. */
export const notificationData = z.object({
  unitName: z.string(),
  periodName: z.string(),
  /** who did it (a person's name), if a person did */
  actorName: z.string().nullable(),
  /** a send-back's reason, a mention's words */
  comment: z.string(),
  deadline: isoDate.nullable(),
});
export type NotificationData = z.infer<typeof notificationData>;

export const notification = z.object({
  id,
  kind: notificationKind,
  unitId: id.nullable(),
  periodId: id.nullable(),
  data: notificationData,
  /** the place in the app, a path such as /followup?unit=…&period=… */
  link: z.string(),
  createdAt: z.iso.datetime({ offset: true }),
  readAt: z.iso.datetime({ offset: true }).nullable(),
});
export type Notification = z.infer<typeof notification>;

export const notificationList = z.object({
  notifications: z.array(notification),
  unread: z.number().int().min(0),
});
export type NotificationList = z.infer<typeof notificationList>;

export const notificationPreference = z.strictObject({
  kind: notificationKind,
  inApp: z.boolean(),
  email: z.boolean(),
});
export type NotificationPreference = z.infer<typeof notificationPreference>;

/** Every kind once: what a person gets. */
export const notificationPreferences = z.strictObject({
  preferences: z
    .array(notificationPreference)
    .refine((list) => new Set(list.map((p) => p.kind)).size === list.length, {
      error: 'must name each kind at most once',
    }),
});
export type NotificationPreferences = z.infer<typeof notificationPreferences>;

/** The tenant's reminder: this many days before a period's deadline. */
export const notificationSettings = z.strictObject({
  deadlineReminderDays: z
    .number({ error: 'must be a number' })
    .int({ error: 'must be a whole number' })
    .min(1, { error: 'must be between 1 and 60' })
    .max(60, { error: 'must be between 1 and 60' }),
});
export type NotificationSettings = z.infer<typeof notificationSettings>;
