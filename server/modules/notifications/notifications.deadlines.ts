import { inTransaction } from '#server/db/transaction.ts';
import { repositories } from '#server/repositories.ts';
import { swedishToday } from '../org/org.routes.ts';
import { roleAllows } from '../people/people.rules.ts';
import { deliver, type Draft, type JobDeps } from './notifications.jobs.ts';
import {
  DEFAULT_DEADLINE_REMINDER_DAYS,
  PASSED_REMINDER_DAYS,
  deadlineReminder,
  reportLink,
} from './notifications.rules.ts';

const MAX_REMINDER_DAYS = 60;

const shift = (isoDate: string, days: number) => {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};

/**
 * The hourly `deadlines` job: each reporter of a unit whose report for a period is still a draft
 * is reminded once when the deadline comes near (the tenant's N days before) and once when it
 * has passed. Each reminder has a key per person, period and unit, so running again (every hour,
 * or twice at once) makes nothing new.
 */
/** Returns how many reminders it made. */
export async function remindDeadlines(deps: JobDeps): Promise<number> {
  const today = swedishToday(deps.now());
  const periods = await repositories(deps.db).notifications.periodsNearDeadline(
    shift(today, -PASSED_REMINDER_DAYS),
    shift(today, MAX_REMINDER_DAYS),
  );
  let made = 0;
  for (const period of periods) {
    const kind = deadlineReminder(
      period.deadline,
      today,
      period.reminderDays ?? DEFAULT_DEADLINE_REMINDER_DAYS,
    );
    if (!kind) continue;
    made += await inTransaction(deps.db, async (tx) => {
      const repo = repositories(tx).notifications;
      const done = await repo.unitsPastDraft(period.tenantId, period.periodId);
      const grants = (await repo.unitGrants(period.tenantId)).filter(
        (g) => roleAllows(g.role, 'followup.write') && !done.has(g.unitId!),
      );
      const drafts: Draft[] = [];
      for (const grant of grants) {
        const unitId = grant.unitId!;
        drafts.push({
          tenantId: period.tenantId,
          userId: grant.userId,
          kind,
          unitId,
          periodId: period.periodId,
          data: {
            unitName: await repo.unitName(period.tenantId, unitId, period.endsOn),
            periodName: period.name,
            actorName: null,
            comment: '',
            deadline: period.deadline,
          },
          link: reportLink(unitId, period.periodId, period.year),
          onceKey: `${kind}:${period.periodId}:${unitId}`,
        });
      }
      return deliver(tx, deps, period.tenantId, drafts);
    });
  }
  return made;
}
