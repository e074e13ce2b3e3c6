import type { NotificationData, NotificationKind } from '#contracts/notifications.ts';
import type { ReportTransitionInput } from '#contracts/followup.ts';
import type { Db } from '#server/db/client.ts';
import { inTransaction } from '#server/db/transaction.ts';
import type { JobQueue } from '#server/jobs/queue.ts';
import { repositories } from '#server/repositories.ts';
import type { Mailer } from './notifications.mail.ts';
import {
  audienceOf,
  digestMail,
  preferencesWithDefaults,
  recipientsOf,
  reportEventKinds,
  reportLink,
} from './notifications.rules.ts';

export const NOTIFY = 'notifications.notify';
export const MAIL = 'notifications.mail';
export const DEADLINES = 'notifications.deadlines';

/** Something happened at a unit's report for a period; `userIds` names a mention's people. */
export type NotifyEvent = {
  tenantId: string;
  kind: NotificationKind;
  unitId: string;
  periodId: string;
  actorId: string | null;
  comment: string;
  userIds?: string[];
};

export type JobDeps = {
  db: Db;
  queue: JobQueue;
  mailer: Mailer | null;
  publicUrl: string;
  digestSeconds: number;
  now: () => Date;
};

/** One notification for one person before their choices are applied. */
export type Draft = {
  tenantId: string;
  userId: string;
  kind: NotificationKind;
  unitId: string;
  periodId: string;
  data: NotificationData;
  link: string;
  onceKey?: string;
};

/**
 * Stores the drafts as each person chose (in the app, by e-mail, neither) and asks for each
 * e-mailed person's digest: one waiting job per person, due `digestSeconds` after the first
 * message, so whatever else comes meanwhile goes out in the same e-mail. Returns how many were
 * stored (a reminder already made is not made again).
 */
export async function deliver(
  tx: Db,
  deps: JobDeps,
  tenantId: string,
  drafts: Draft[],
): Promise<number> {
  const repo = repositories(tx).notifications;
  const chosen = await repo.preferences(tenantId, [...new Set(drafts.map((d) => d.userId))]);
  const rows = drafts.flatMap((draft) => {
    const preference = preferencesWithDefaults(chosen.get(draft.userId) ?? []).find(
      (p) => p.kind === draft.kind,
    )!;
    const email = preference.email && deps.mailer !== null;
    if (!preference.inApp && !email) return [];
    return [{ ...draft, inApp: preference.inApp, email: email ? 'pending' : 'none' } as const];
  });
  const stored = await repo.insert(rows.map((row) => ({ ...row, createdAt: deps.now() })));
  const mailed = new Set(stored.filter((s) => s.email === 'pending').map((s) => s.userId));
  for (const userId of mailed)
    await deps.queue.send(
      MAIL,
      { tenantId, userId },
      { tx, singletonKey: userId, startAfterSeconds: deps.digestSeconds },
    );
  return stored.length;
}

/** The `notify` job: who is told about a report event, in what words. */
export async function handleNotify(deps: JobDeps, event: NotifyEvent): Promise<void> {
  await inTransaction(deps.db, async (tx) => {
    const repos = repositories(tx);
    const period = await repos.years.period(event.tenantId, event.periodId);
    if (!period) return;
    const recipients =
      event.userIds ??
      recipientsOf(
        await repos.notifications.unitGrants(event.tenantId),
        audienceOf(event.kind),
        await repos.org.ancestry(event.tenantId, event.unitId, period.endsOn),
        event.actorId,
      );
    const actor = event.actorId
      ? await repos.notifications.person(event.tenantId, event.actorId)
      : null;
    const data: NotificationData = {
      unitName: await repos.notifications.unitName(event.tenantId, event.unitId, period.endsOn),
      periodName: period.name,
      actorName: actor?.name ?? null,
      comment: event.comment,
      deadline: period.deadline,
    };
    const link = reportLink(event.unitId, event.periodId, period.year);
    await deliver(
      tx,
      deps,
      event.tenantId,
      recipients.map((userId) => ({ ...event, userId, data, link })),
    );
  });
}

/** The `mail` job: everything pending for one person in one e-mail. */
export async function handleMail(
  deps: JobDeps,
  { tenantId, userId }: { tenantId: string; userId: string },
): Promise<void> {
  const { mailer } = deps;
  if (!mailer) return;
  await inTransaction(deps.db, async (tx) => {
    const repo = repositories(tx).notifications;
    const pending = await repo.pendingMail(tenantId, userId);
    const person = await repo.person(tenantId, userId);
    if (pending.length === 0 || !person) return;
    await repo.markMailed(pending.map((p) => p.id));
    if (person.disabled) return;
    // sent last: a failed send rolls the marks back and the job tries again
    await mailer.send({ to: person.email, ...digestMail(person.name, pending, deps.publicUrl) });
  });
}

/** The workflow's producer: enqueues the event in the transition's own transaction. */
export function reportNotifier(queue: JobQueue | null, tx: Db) {
  return async (event: {
    tenantId: string;
    unitId: string;
    periodId: string;
    transition: ReportTransitionInput['transition'];
    actorId: string;
    comment: string;
  }) => {
    const kind = reportEventKinds[event.transition as keyof typeof reportEventKinds];
    if (!queue || !kind) return;
    const { transition: _transition, ...rest } = event;
    await queue.send(NOTIFY, { ...rest, kind } satisfies NotifyEvent, { tx });
  };
}
export type ReportNotifier = ReturnType<typeof reportNotifier>;

/**
 * For the comments to come: tells the people named in a comment at a unit's report. Call it in
 * the comment's transaction; the message is made by the queue once that commits.
 */
export async function notifyMention(
  queue: JobQueue | null,
  tx: Db,
  mention: Omit<NotifyEvent, 'kind' | 'userIds'> & { userIds: string[] },
): Promise<void> {
  const userIds = mention.userIds.filter((id) => id !== mention.actorId);
  if (!queue || userIds.length === 0) return;
  await queue.send(NOTIFY, { ...mention, userIds, kind: 'mention' } satisfies NotifyEvent, { tx });
}
