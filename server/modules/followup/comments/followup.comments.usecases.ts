import { codedIssue } from '#contracts/issues.ts';
import type { GoalCommentInput, Person, ReportComment } from '#contracts/report-comments.ts';
import { forbidden, validationFailed } from '#server/errors.ts';
import type { Db } from '#server/db/client.ts';
import type { JobQueue } from '#server/jobs/queue.ts';
import { actorOf, type Principal } from '#server/principal.ts';
import type { Repositories } from '#server/repositories.ts';
import { notifyMention } from '../../notifications/notifications.jobs.ts';
import { can } from '../../people/people.rules.ts';
import { reportScope, unitReport, type ReportDeps } from '../followup.usecases.ts';

type Deps = ReportDeps & Pick<Repositories, 'audit' | 'reportComments'>;
type Place = { unitId: string; periodId: string };

/** Whether the principal may take part in the unit's threads (for the web's "may"). */
export const mayComment = (principal: Principal, ancestry: readonly string[]) =>
  can(principal.grants, 'followup.write', ancestry) ||
  can(principal.grants, 'followup.approve', ancestry);

/** The comments at a unit's report (send-back comments and goal threads): its readers. */
export async function reportCommentsOf(
  deps: Pick<Deps, 'followup' | 'reportComments'>,
  principal: Principal,
  place: Place,
): Promise<ReportComment[]> {
  await reportScope(deps, principal, place.unitId, place.periodId, 'followup.read');
  return deps.reportComments.list(principal.tenantId, place.unitId, place.periodId);
}

/** The tenant's people who may read the unit's report (who can be mentioned), by name. */
export async function unitPeopleOf(
  deps: Pick<Deps, 'followup' | 'reportComments'>,
  principal: Principal,
  place: Place,
): Promise<Person[]> {
  const { ancestry } = await reportScope(
    deps,
    principal,
    place.unitId,
    place.periodId,
    'followup.read',
  );
  const rows = await deps.reportComments.peopleWithGrants(principal.tenantId);
  const people = new Map<string, Person>();
  for (const row of rows)
    if (can([row], 'followup.read', ancestry)) people.set(row.id, { id: row.id, name: row.name });
  return [...people.values()].sort((a, b) => a.name.localeCompare(b.name, 'sv'));
}

/**
 * Adds a comment to a goal's thread: a writer or an approver of the unit. The people mentioned
 * must be able to read the unit's report; each is told (in this transaction).
 */
export async function postGoalComment(
  deps: Deps & { tx: Db; queue: JobQueue | null },
  principal: Principal,
  place: Place & { goalId: string },
  input: GoalCommentInput,
  now: Date,
): Promise<ReportComment> {
  const { ancestry } = await reportScope(
    deps,
    principal,
    place.unitId,
    place.periodId,
    'followup.read',
  );
  if (!mayComment(principal, ancestry)) throw forbidden();
  const report = await unitReport(deps, principal, place.unitId, place.periodId);
  if (!report.goals.some((g) => g.goal.id === place.goalId))
    throw validationFailed([
      codedIssue('goalId', 'followup.comment_target_unknown', {}, 'the report has no such goal'),
    ]);
  const mentions = [...new Set(input.mentions)];
  const reachable = new Set((await unitPeopleOf(deps, principal, place)).map((p) => p.id));
  const strangers = mentions.filter((id) => !reachable.has(id));
  if (strangers.length > 0)
    throw validationFailed([
      codedIssue(
        'mentions',
        'followup.mention_unknown',
        {},
        'only people with access to the unit can be mentioned',
      ),
    ]);
  const { unitId, periodId, goalId } = place;
  const [id] = await deps.reportComments.insert(
    [
      {
        tenantId: principal.tenantId,
        unitId,
        periodId,
        kind: 'thread',
        targetKind: 'goal',
        targetId: goalId,
        authorId: principal.userId,
        text: input.text.trim(),
        mentions,
      },
    ],
    now,
  );
  await deps.audit.record(actorOf(principal), {
    entity: 'report_comment',
    entityId: id!,
    action: 'create',
    before: null,
    after: { unitId, periodId, goalId, text: input.text.trim(), mentions },
  });
  await notifyMention(deps.queue, deps.tx, {
    tenantId: principal.tenantId,
    unitId,
    periodId,
    actorId: principal.userId,
    comment: input.text.trim(),
    userIds: mentions,
  });
  const all = await deps.reportComments.list(principal.tenantId, unitId, periodId);
  return all.find((c) => c.id === id)!;
}
