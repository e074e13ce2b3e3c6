import type { FeedbackInput, FeedbackView, FeedbackYear } from '#contracts/feedback.ts';
import { createError } from '#server/errors.ts';
import type { Repositories } from '#server/repositories.ts';
import { actorOf, type Principal } from '#server/principal.ts';
import { can } from '../people/people.rules.ts';
import { refreshSourced, type HrDeps } from '../hr/hr.usecases.ts';
import { unitYearScope } from '../hr/hr.scope.ts';
import type { StoredFeedback } from './feedback.repository.ts';
import { feedbackTotals, surveyChanges } from './feedback.rules.ts';

/** details: { current, yours } */
export const feedbackConflict = createError(
  'feedback.conflict',
  409,
  'Someone else saved this while you were editing; compare the two versions and save again',
);

const yearView = (year: number, stored: StoredFeedback | undefined) => ({
  year,
  feedback: stored?.feedback ?? null,
  totals: stored ? feedbackTotals(stored.feedback) : null,
  version: stored?.version ?? 0,
  updatedAt: stored?.updatedAt ?? null,
  updatedByName: stored?.updatedByName ?? null,
});

/** A unit's complaints, suggestions and surveys of a year, with last year's beside them. */
export async function feedbackView(
  deps: Pick<Repositories, 'org' | 'feedback'>,
  principal: Principal,
  unitId: string,
  year: number,
): Promise<FeedbackView> {
  const scope = await unitYearScope(deps, principal, unitId, year, 'followup.read');
  const rows = await deps.feedback.years(principal.tenantId, [unitId], [year, year - 1]);
  const current = rows.find((r) => r.year === year);
  const previous = rows.find((r) => r.year === year - 1);
  return {
    unit: scope.unit,
    current: yearView(year, current),
    previous: yearView(year - 1, previous),
    surveyChanges: surveyChanges(current?.feedback ?? null, previous?.feedback ?? null),
    may: { write: can(principal.grants, 'followup.write', scope.ancestry) },
  };
}

/**
 * One unit's year written compare-and-set and audited, and the indicators computed from it
 * refreshed; the caller has checked followup.write on the unit.
 */
export async function writeFeedback(
  deps: HrDeps,
  principal: Principal,
  place: { unitId: string; year: number },
  version: number,
  feedback: FeedbackYear,
): Promise<void> {
  const { tenantId } = principal;
  const [before] = await deps.feedback.years(tenantId, [place.unitId], [place.year]);
  if (!(await deps.feedback.save(tenantId, place, version, feedback, principal.userId))) {
    const [current] = await deps.feedback.years(tenantId, [place.unitId], [place.year]);
    throw feedbackConflict({ current: current ?? null, yours: feedback });
  }
  await deps.audit.record(actorOf(principal), {
    entity: 'feedback_years',
    entityId: place.unitId,
    action: before ? 'update' : 'create',
    before: before ? { year: place.year, feedback: before.feedback } : null,
    after: { year: place.year, feedback },
  });
  await refreshSourced(deps, principal, place);
}

/** Written by a reporter of the unit (followup.write), compare-and-set, audited. */
export async function saveFeedback(
  deps: HrDeps,
  principal: Principal,
  place: { unitId: string; year: number },
  input: FeedbackInput,
): Promise<FeedbackView> {
  await unitYearScope(deps, principal, place.unitId, place.year, 'followup.write');
  const { version, ...feedback } = input;
  await writeFeedback(deps, principal, place, version, feedback);
  return feedbackView(deps, principal, place.unitId, place.year);
}
