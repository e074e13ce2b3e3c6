import type { ReportState, ReportTransitionInput } from '#contracts/reports.ts';
import { forbidden, validationFailed } from '#server/http/errors.ts';
import type { Repositories } from '#server/repositories.ts';
import { can } from '../people/people.rules.ts';
import { actorOf, type Principal } from '../people/people.usecases.ts';
import { editConflict, wrongState } from './reports.errors.ts';
import { unitReport } from './reports.usecases.ts';
import { nextState, whoMay, type Who } from './reports.workflow.rules.ts';

type Deps = Pick<
  Repositories,
  'org' | 'periods' | 'goals' | 'indicators' | 'activities' | 'reports' | 'audit'
>;

/**
 * Moves a unit's report one step: submit (a writer), send back / approve / adopt (an approver),
 * reopen (a tenant administrator). Every step is checked against the report as it stands now
 * and against the version the caller saw; each is audited.
 */
export async function transitionReport(
  deps: Deps,
  principal: Principal,
  place: { unitId: string; periodId: string },
  input: ReportTransitionInput,
  today: string,
): Promise<ReportState> {
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
  const saved = await deps.reports.saveState(
    principal.tenantId,
    place.unitId,
    place.periodId,
    result.next,
    input.version,
    principal.userId,
  );
  if (!saved) throw editConflict({ current: report.state, yours: input });
  const after = (await deps.reports.state(principal.tenantId, place.unitId, place.periodId))!;
  await deps.audit.record(actorOf(principal), {
    entity: 'unit_report',
    entityId: `${place.unitId}/${place.periodId}`,
    action: 'update',
    before: { status: report.state.status },
    after: { transition: input.transition, ...result.next, comment: input.comment },
  });
  return after;
}
