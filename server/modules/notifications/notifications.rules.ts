import {
  notificationKinds,
  type NotificationData,
  type NotificationKind,
  type NotificationPreference,
} from '#contracts/notifications.ts';
import type { Role } from '#contracts/people.ts';
import { roleAllows, type UnitPermission } from '../people/people.rules.ts';

/** What happened to a report, as the workflow tells it; a transition not listed tells no one. */
export const reportEventKinds = {
  send_back: 'sent_back',
  submit: 'ready_for_review',
  approve: 'approved',
  adopt: 'adopted',
} as const satisfies Partial<Record<string, NotificationKind>>;

/** Who is told: the unit's reporters, or for a report ready for review its approvers. */
export const audienceOf = (kind: NotificationKind): UnitPermission =>
  kind === 'ready_for_review' ? 'followup.approve' : 'followup.write';

const emailByDefault: ReadonlySet<NotificationKind> = new Set([
  'sent_back',
  'ready_for_review',
  'deadline_soon',
  'deadline_passed',
]);

/** Every kind once: the person's choices where made, the defaults elsewhere. */
export function preferencesWithDefaults(
  chosen: readonly NotificationPreference[],
): NotificationPreference[] {
  return notificationKinds.map(
    (kind) =>
      chosen.find((p) => p.kind === kind) ?? { kind, inApp: true, email: emailByDefault.has(kind) },
  );
}

export const DEFAULT_DEADLINE_REMINDER_DAYS = 7;
/** After this many days past the deadline no reminder is made any more (an old period is history). */
export const PASSED_REMINDER_DAYS = 14;

const addDays = (isoDate: string, days: number) => {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};

/**
 * Which deadline reminder a period calls for today: from `days` before its deadline up to the
 * deadline itself "soon", in the fortnight after it "passed", otherwise none.
 */
export function deadlineReminder(
  deadline: string | null,
  today: string,
  days: number,
): 'deadline_soon' | 'deadline_passed' | null {
  if (deadline === null) return null;
  if (today > deadline)
    return today <= addDays(deadline, PASSED_REMINDER_DAYS) ? 'deadline_passed' : null;
  return today >= addDays(deadline, -days) ? 'deadline_soon' : null;
}

export type UnitGrant = { userId: string; role: Role; unitId: string | null };

/**
 * The people a unit's notification goes to: holders of a grant on the unit or a unit above it
 * whose role gives `permission`. Tenant-wide roles (administrators) are not told about every
 * unit's report; the one who acted is not told about their own act.
 */
export function recipientsOf(
  grants: readonly UnitGrant[],
  permission: UnitPermission,
  ancestry: readonly string[],
  actorId: string | null,
): string[] {
  const ids = grants
    .filter(
      (g) => g.unitId !== null && ancestry.includes(g.unitId) && roleAllows(g.role, permission),
    )
    .map((g) => g.userId)
    .filter((userId) => userId !== actorId);
  return [...new Set(ids)];
}

/** The place in the app a notification opens. */
export const reportLink = (unitId: string, periodId: string, year: number) =>
  `/followup?year=${year}&period=${periodId}&unit=${unitId}`;

const swedishDate = (isoDate: string | null) =>
  isoDate === null
    ? ''
    : new Intl.DateTimeFormat('sv-SE', {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      }).format(new Date(`${isoDate}T00:00:00Z`));

/** One notification in plain Swedish, as the e-mail says it. */
export function swedishText(kind: NotificationKind, data: NotificationData): string {
  const report = `Rapporten för ${data.unitName}, ${data.periodName},`;
  const by = data.actorName ? ` av ${data.actorName}` : '';
  switch (kind) {
    case 'sent_back':
      return `${report} har skickats tillbaka${by}. Motivering: ${data.comment}`;
    case 'ready_for_review':
      return `${report} är klar för granskning${by === '' ? '' : ` (inskickad${by})`}.`;
    case 'approved':
      return `${report} har godkänts${by}.`;
    case 'adopted':
      return `${report} har fastställts${by}.`;
    case 'deadline_soon':
      return `${report} ska vara klar senast ${swedishDate(data.deadline)}.`;
    case 'deadline_passed':
      return `${report} skulle ha varit klar ${swedishDate(data.deadline)} och är inte klar än.`;
    case 'mention':
      return `${data.actorName ?? 'Någon'} nämnde dig i ${data.unitName}, ${data.periodName}: ”${data.comment}”`;
  }
}

const subjects: Record<NotificationKind, string> = {
  sent_back: 'en rapport har skickats tillbaka',
  ready_for_review: 'en rapport är klar för granskning',
  approved: 'en rapport har godkänts',
  adopted: 'en rapport har fastställts',
  deadline_soon: 'sista dag för rapporten närmar sig',
  deadline_passed: 'sista dag för rapporten har passerat',
  mention: 'du har nämnts',
};

export type MailItem = { kind: NotificationKind; data: NotificationData; link: string };

/**
 * One e-mail for everything a person has been told since the last one (a digest rather than a
 * flood at deadline time): plain Swedish text, each item with the link to its place.
 */
export function digestMail(
  name: string,
  items: readonly MailItem[],
  publicUrl: string,
): { subject: string; text: string } {
  const subject =
    items.length === 1
      ? `Rödtråd: ${subjects[items[0]!.kind]}`
      : `Rödtråd: ${items.length} nya aviseringar`;
  const blocks = items.map(
    (item) => `${swedishText(item.kind, item.data)}\nÖppna: ${publicUrl}${item.link}`,
  );
  const text = [
    `Hej ${name}!`,
    ...blocks,
    `Du väljer vilka aviseringar du får, och om de kommer med e-post, på ${publicUrl}/notifications`,
    'Det här meddelandet skickades automatiskt av Rödtråd och går inte att svara på.',
  ].join('\n\n');
  return { subject, text: `${text}\n` };
}
