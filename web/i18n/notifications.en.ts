import type { Strings } from './en.ts';
import type { notificationsSv } from './notifications.sv.ts';

/** English texts of the notifications, typed against the Swedish ones. */
export const notificationsEn: Strings<typeof notificationsSv> = {
  link: 'Notifications',
  linkUnread: 'Notifications ({{count}})',
  title: 'Notifications',
  listTitle: 'Your notifications',
  empty: 'You have no notifications.',
  unread: 'Unread',
  open: 'Open the report',
  markRead: 'Mark as read',
  markAllRead: 'Mark all as read',
  marked: 'The notification is marked as read.',
  allMarked: 'All notifications are marked as read.',
  someone: 'someone',
  text: {
    sent_back:
      'The report of {{unit}}, {{period}}, was sent back by {{actor}}. Reason: {{comment}}',
    ready_for_review: 'The report of {{unit}}, {{period}}, is ready for review.',
    approved: 'The report of {{unit}}, {{period}}, was approved by {{actor}}.',
    adopted: 'The report of {{unit}}, {{period}}, has been adopted.',
    deadline_soon: 'The report of {{unit}}, {{period}}, is due by {{deadline}}.',
    deadline_passed:
      'The report of {{unit}}, {{period}}, was due {{deadline}} and is not ready yet.',
    mention: '{{actor}} mentioned you in {{unit}}, {{period}}: “{{comment}}”',
  },
  preferences: {
    title: 'What you get',
    intro:
      'Choose for each kind of event whether it is shown here and whether it comes by e-mail. Several events within a few minutes come as one e-mail.',
    inApp: 'Show in Rödtråd',
    email: 'Send e-mail',
    save: 'Save choices',
    saved: 'Your choices are saved.',
    kinds: {
      sent_back: 'A report is sent back',
      ready_for_review: 'A report is ready for review',
      approved: 'A report is approved',
      adopted: 'A report is adopted',
      deadline_soon: 'A report’s deadline is near',
      deadline_passed: 'A report’s deadline has passed',
      mention: 'Someone mentions you',
    },
  },
  settings: {
    title: 'Reminders across the organisation',
    days: 'Days before the deadline that the reminder comes',
    save: 'Save',
    saved: 'The reminder days are saved.',
  },
};
