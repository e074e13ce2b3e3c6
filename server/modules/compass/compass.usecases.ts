import type {
  EvaluationInput,
  EvaluationSummary,
  EvaluationView,
  MakeActivityInput,
} from '#contracts/compass.ts';
import type { FieldIssue } from '#contracts/common.ts';
import { createError, forbidden, validationFailed } from '#server/errors.ts';
import { actorOf, type Principal } from '#server/principal.ts';
import type { Repositories } from '#server/repositories.ts';
import { createActivity } from '../activities/activities.usecases.ts';
import { can } from '../people/people.rules.ts';
import type { StoredEvaluation } from './compass.repository.ts';
import {
  areaScore,
  compare,
  mismatches,
  percent,
  strongestAndWeakest,
  totalScore,
} from './compass.rules.ts';

/**
 * Kommunkompassen (docs/kommunkompassen.md). An evaluation belongs to the tenant: every user with
 * a role reads it; it is written (imported, removed) by whoever may change the model of a top
 * unit of the organisation as it stood in the evaluation's month (a tenant administrator, or the
 * controller of the council). An improvement point becomes an activity through the activities
 * module's own use case, so the caller needs model.write on the responsible unit.
 */
export type CompassDeps = Pick<
  Repositories,
  'compass' | 'activities' | 'goals' | 'years' | 'org' | 'audit'
>;

export const evaluationNotFound = createError(
  'compass.not_found',
  404,
  'No such Kommunkompassen evaluation',
);
export const pointNotFound = createError(
  'compass.point_not_found',
  404,
  'No such point in a Kommunkompassen evaluation',
);

/** May the caller write evaluations of this month (model.write on a top unit then)? */
export async function mayEditEvaluations(
  deps: Pick<CompassDeps, 'org'>,
  principal: Principal,
  heldIn: string,
): Promise<boolean> {
  const tree = await deps.org.treeAt(principal.tenantId, `${heldIn}-01`);
  const tops = tree.filter((unit) => unit.parentId === null).map((unit) => unit.id);
  return can(principal.grants, 'model.write', tops);
}

const summaryOf = (e: StoredEvaluation): EvaluationSummary => ({
  id: e.id,
  heldIn: e.heldIn,
  ordinal: e.ordinal,
  total: totalScore(e.areas),
});

export async function listEvaluations(
  deps: Pick<CompassDeps, 'compass'>,
  principal: Principal,
): Promise<EvaluationSummary[]> {
  return (await deps.compass.evaluations(principal.tenantId)).map(summaryOf);
}

async function linkedActivities(deps: CompassDeps, tenantId: string, ids: string[]) {
  const activities = (
    await Promise.all(ids.map((id) => deps.activities.byId(tenantId, id)))
  ).filter((a) => a !== null);
  const statuses = await deps.compass.latestStatuses(
    tenantId,
    activities.map((a) => ({ id: a.id, unitId: a.responsibleUnitId })),
  );
  const linked = new Map<
    string,
    NonNullable<EvaluationView['areas'][number]['points'][number]['activity']>
  >();
  for (const a of activities) {
    const names = await deps.goals.unitNames(tenantId, [a.responsibleUnitId], `${a.year}-12-31`);
    linked.set(a.id, {
      id: a.id,
      title: a.title,
      year: a.year,
      unitId: a.responsibleUnitId,
      unitName: names.get(a.responsibleUnitId) ?? '',
      status: statuses.get(a.id) ?? null,
    });
  }
  return linked;
}

/** An evaluation with its scores, the printed figures that do not add up, and the comparison
 * with the latest earlier evaluation of the tenant (if there is one). */
export async function evaluationView(
  deps: CompassDeps,
  principal: Principal,
  evaluationId: string,
): Promise<EvaluationView> {
  const { tenantId } = principal;
  const all = await deps.compass.evaluations(tenantId);
  const evaluation = all.find((e) => e.id === evaluationId);
  if (!evaluation) throw evaluationNotFound();
  const earlier = all.find((e) => e.heldIn < evaluation.heldIn) ?? null;
  const activityIds = evaluation.areas.flatMap((a) =>
    a.points.flatMap((p) => (p.activityId ? [p.activityId] : [])),
  );
  const linked = await linkedActivities(deps, tenantId, activityIds);
  const { strongest, weakest } = strongestAndWeakest(evaluation.areas);
  return {
    id: evaluation.id,
    heldIn: evaluation.heldIn,
    ordinal: evaluation.ordinal,
    modelVersion: evaluation.modelVersion,
    interviewees: evaluation.interviewees,
    notes: evaluation.notes,
    total: totalScore(evaluation.areas),
    areas: evaluation.areas.map((area) => ({
      no: area.no,
      name: area.name,
      sectionName: area.sectionName,
      printedAchieved: area.printedAchieved,
      printedMax: area.printedMax,
      printedPercent: area.printedPercent,
      sectionPoints: area.sectionPoints,
      score: areaScore(area),
      subAreas: area.subAreas.map((s) => ({ ...s, percent: percent(s.achieved, s.max) ?? 0 })),
      points: area.points.map((p) => ({
        id: p.id,
        kind: p.kind,
        text: p.text,
        activity: (p.activityId && linked.get(p.activityId)) || null,
      })),
    })),
    mismatches: mismatches(evaluation.areas),
    strongest,
    weakest,
    comparison: earlier
      ? { earlier: summaryOf(earlier), ...compare(earlier.areas, evaluation.areas) }
      : null,
    may: { edit: await mayEditEvaluations(deps, principal, evaluation.heldIn) },
  };
}

/** What the contract cannot see: numbers that repeat, sub-areas outside their area, points over
 * the maximum. Paths as the input's, so a form or an import can name the place. */
export function evaluationIssues(input: EvaluationInput): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const areaNos = new Set<number>();
  input.areas.forEach((area, i) => {
    if (areaNos.has(area.no))
      issues.push({ path: `areas.${i}.no`, message: `area ${area.no} appears twice` });
    areaNos.add(area.no);
    const subNos = new Set<string>();
    area.subAreas.forEach((sub, j) => {
      const path = `areas.${i}.subAreas.${j}`;
      if (!sub.no.startsWith(`${area.no}.`))
        issues.push({
          path: `${path}.no`,
          message: `${sub.no} is not a sub-area of area ${area.no}`,
        });
      if (subNos.has(sub.no))
        issues.push({ path: `${path}.no`, message: `sub-area ${sub.no} appears twice` });
      subNos.add(sub.no);
      if (sub.achieved > sub.max)
        issues.push({
          path: `${path}.achieved`,
          message: `must not exceed the maximum ${sub.max}`,
        });
    });
  });
  return issues;
}

/** Stores a whole evaluation (the import and the demo); one per month. */
export async function createEvaluation(
  deps: CompassDeps,
  principal: Principal,
  input: EvaluationInput,
): Promise<string> {
  const { tenantId } = principal;
  if (!(await mayEditEvaluations(deps, principal, input.heldIn))) throw forbidden();
  const issues = evaluationIssues(input);
  if (await deps.compass.idOfMonth(tenantId, input.heldIn))
    issues.push({ path: 'heldIn', message: `there is already an evaluation of ${input.heldIn}` });
  if (issues.length > 0) throw validationFailed(issues);
  const id = await deps.compass.insert(tenantId, input, principal.userId);
  await deps.audit.record(actorOf(principal), {
    entity: 'compass_evaluation',
    entityId: id,
    action: 'create',
    after: input,
  });
  return id;
}

export async function deleteEvaluation(
  deps: CompassDeps,
  principal: Principal,
  evaluationId: string,
): Promise<void> {
  const [evaluation] = await deps.compass.evaluations(principal.tenantId, evaluationId);
  if (!evaluation) throw evaluationNotFound();
  if (!(await mayEditEvaluations(deps, principal, evaluation.heldIn))) throw forbidden();
  await deps.compass.remove(principal.tenantId, evaluationId);
  await deps.audit.record(actorOf(principal), {
    entity: 'compass_evaluation',
    entityId: evaluationId,
    action: 'delete',
    before: evaluation,
  });
}

/**
 * Turns an improvement point into an assignment (uppdrag) of the year for the responsible unit,
 * through the activities module (which checks the unit, the year and model.write on the unit),
 * and links it to the point. The activity's description says where it came from.
 */
export async function makeActivity(
  deps: CompassDeps,
  principal: Principal,
  pointId: string,
  input: MakeActivityInput,
): Promise<{ activityId: string }> {
  const { tenantId } = principal;
  const point = await deps.compass.point(tenantId, pointId);
  if (!point) throw pointNotFound();
  if (point.kind !== 'improvement')
    throw validationFailed([
      { path: 'pointId', message: 'only an improvement point becomes an activity' },
    ]);
  if (point.activityId)
    throw validationFailed([{ path: 'pointId', message: 'the point has an activity already' }]);
  const activityId = await createActivity(deps, principal, {
    year: input.year,
    kind: 'assignment',
    title: point.text,
    description: `Förbättringsmöjlighet i Kommunkompassen ${point.heldIn}, område ${point.areaNo} ${point.areaName}.`,
    goalId: null,
    responsibleUnitId: input.responsibleUnitId,
    coResponsibleUnitIds: [],
    startsOn: `${input.year}-01-01`,
    endsOn: `${input.year}-12-31`,
  });
  await deps.compass.linkActivity(tenantId, pointId, activityId);
  await deps.audit.record(actorOf(principal), {
    entity: 'compass_point',
    entityId: pointId,
    action: 'update',
    before: { activityId: null },
    after: { activityId, evaluationId: point.evaluationId, text: point.text },
  });
  return { activityId };
}
