import type { FrozenSummary } from '#contracts/documents.ts';
import type { PublicationInput, ReportState, ReportTransitionInput } from '#contracts/followup.ts';
import { forbidden, validationFailed } from '#server/errors.ts';
import type { Repositories } from '#server/repositories.ts';
import { actorOf, type Principal } from '#server/principal.ts';
import { can } from '../../people/people.rules.ts';
import { editConflict } from '#server/report.errors.ts';
import { notAdopted, wrongState } from '../followup.errors.ts';
import { reportScope, unitReport } from '../followup.usecases.ts';
import {
  nextState,
  reasonIssue,
  unknownTargets,
  whoMay,
  type Who,
} from './followup.workflow.rules.ts';
import type { ReportNotifier } from '../../notifications/notifications.jobs.ts';

/** Freezes the adopted report's documents (documents.versions.routes.ts: adoptionFreezer). */
export type AdoptionFreezer = (
  principal: Principal,
  place: { unitId: string; periodId: string },
) => Promise<FrozenSummary>;

type Deps = Pick<
  Repositories,
  | 'org'
  | 'years'
  | 'goals'
  | 'goalLevels'
  | 'indicators'
  | 'activities'
  | 'followup'
  | 'audit'
  | 'reports'
  | 'reportComments'
  | 'internalControl'
>;

/**
 * Moves a unit's report one step: submit (a writer), send back / approve / adopt (an approver),
 * reopen (a tenant administrator). Every step is checked against the report as it stands now
 * and against the version the caller saw; each is audited.
 */
export async function transitionReport(
  deps: Deps & { notify?: ReportNotifier; freeze?: AdoptionFreezer },
  principal: Principal,
  place: { unitId: string; periodId: string },
  input: ReportTransitionInput,
  today: string,
): Promise<ReportState> {
  // the report as it stands once no save of it runs any longer, and none until this step ends
  await deps.followup.lockForTransition(place.unitId, place.periodId);
  const report = await unitReport(deps, principal, place.unitId, place.periodId);
  const ancestry = await deps.org.ancestry(principal.tenantId, place.unitId, report.period.endsOn);
  const allowed: Record<Who, boolean> = {
    writer: can(principal.grants, 'followup.write', ancestry),
    approver: can(principal.grants, 'followup.approve', ancestry),
    administrator: can(principal.grants, 'years.manage'),
  };
  if (!allowed[whoMay(input.transition)]) throw forbidden();
  if (input.version !== report.state.version)
    throw editConflict({ current: report.state, yours: input });
  const result = nextState(report.state, input, report.missing, today);
  if (!result.ok) {
    if (result.conflict) throw wrongState(result.issues);
    throw validationFailed(result.issues);
  }
  const itemComments = input.transition === 'send_back' ? input.itemComments : [];
  const strays = unknownTargets(report, itemComments);
  if (strays.length > 0) throw validationFailed(strays);
  const saved = await deps.followup.saveState(
    principal.tenantId,
    place.unitId,
    place.periodId,
    result.next,
    input.version,
    principal.userId,
  );
  if (!saved) throw editConflict({ current: report.state, yours: input });
  await deps.reportComments.insert(
    itemComments.map((item) => ({
      tenantId: principal.tenantId,
      ...place,
      kind: 'send_back' as const,
      targetKind: item.kind,
      targetId: item.id,
      authorId: principal.userId,
      text: item.text.trim(),
      mentions: [],
    })),
    new Date(),
  );
  const after = (await deps.followup.state(principal.tenantId, place.unitId, place.periodId))!;
  await deps.audit.record(actorOf(principal), {
    entity: 'unit_report',
    entityId: `${place.unitId}/${place.periodId}`,
    action: 'update',
    before: { status: report.state.status, published: report.state.published },
    after: {
      transition: input.transition,
      ...result.next,
      comment: input.comment,
      ...(itemComments.length > 0 ? { itemComments } : {}),
    },
  });
  // in this transaction: an adopted report's documents are frozen with the adoption or not at all
  const frozen = input.transition === 'adopt' ? await deps.freeze?.(principal, place) : undefined;
  // in this transaction: the people concerned are told exactly when the step is made
  await deps.notify?.({
    tenantId: principal.tenantId,
    ...place,
    transition: input.transition,
    actorId: principal.userId,
    comment: input.comment,
  });
  return frozen ? { ...after, frozen } : after;
}

/**
 * Publishes an adopted report to the public (no login), or takes it back: an approver of the
 * unit or a tenant administrator. Refused with `reports.not_adopted` for any other state; the
 * same again (publishing a published report) changes nothing and records nothing.
 */
export async function publishReport(
  deps: Deps,
  principal: Principal,
  place: { unitId: string; periodId: string },
  input: PublicationInput,
  now: Date,
): Promise<ReportState> {
  const { ancestry } = await reportScope(
    deps,
    principal,
    place.unitId,
    place.periodId,
    'followup.read',
  );
  if (
    !can(principal.grants, 'followup.approve', ancestry) &&
    !can(principal.grants, 'years.manage')
  )
    throw forbidden();
  const { tenantId } = principal;
  const before = await deps.followup.state(tenantId, place.unitId, place.periodId);
  if (before?.status !== 'adopted') throw notAdopted({ status: before?.status ?? 'draft' });
  if (before.published === input.published) return before;
  const reason = input.reason.trim();
  if (input.published) {
    const { missing } = await unitReport(deps, principal, place.unitId, place.periodId);
    const unreasoned = reasonIssue(missing, reason);
    if (unreasoned) throw validationFailed([unreasoned]);
  }
  const saved = await deps.followup.setPublication(
    tenantId,
    place.unitId,
    place.periodId,
    input.published ? { at: now, userId: principal.userId, reason } : null,
  );
  if (!saved) throw notAdopted({ status: 'changed' });
  const after = (await deps.followup.state(tenantId, place.unitId, place.periodId))!;
  await deps.audit.record(actorOf(principal), {
    entity: 'unit_report',
    entityId: `${place.unitId}/${place.periodId}`,
    action: 'update',
    before: { status: before.status, published: before.published },
    after: {
      transition: input.published ? 'publish' : 'unpublish',
      published: after.published,
      publishedAt: after.publishedAt,
      ...(input.published && reason !== '' ? { reason } : {}),
    },
  });
  return after;
}
