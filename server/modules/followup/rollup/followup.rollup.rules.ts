import type { ActivityReport } from '#contracts/activities.ts';
import type { GoalAssessment, GoalLevel } from '#contracts/goals.ts';
import type { Indicator, Outcome, Target } from '#contracts/indicators.ts';
import type { ReportState, RollUpGoalRow } from '#contracts/followup.ts';
import {
  indicatorAttainment,
  needsJustification,
  rollUpGoal,
  suggestAssessment,
} from '../../assessment/assessment.rules.ts';
import type { StoredGoal } from '../../goals/goals.repository.ts';

export type RollUpInput = {
  level: 'council' | 'committee';
  /** the level whose goals roll up into `level`'s (default: the one below in Stockholm's model) */
  childLevel?: GoalLevel | null;
  /** goals assigned to units directly (a council goal a committee answers for) */
  assignments?: readonly { goalId: string; unitId: string }[];
  goals: readonly StoredGoal[];
  /** the units that may be shown, with their names */
  units: ReadonlyMap<string, string>;
  indicators: readonly Indicator[];
  targets: readonly Target[];
  outcomes: readonly Outcome[];
  activities: readonly { id: string; goalId: string | null; unitIds: readonly string[] }[];
  activityReports: readonly ActivityReport[];
  assessments: readonly GoalAssessment[];
  states: readonly ReportState[];
};

const key = (...parts: string[]) => parts.join('|');

/**
 * For every goal of the level (KF goals, or nämndmål), the units that report on it (those that
 * own a goal under it) with their written assessment, the evidence's suggestion under the
 * published rules, and the counts: helt / delvis / inte / not reported and disagreements.
 */
export function computeRollUp(
  input: RollUpInput,
): (Omit<RollUpGoalRow, 'goal'> & { goalId: string })[] {
  const childLevel =
    input.childLevel === undefined
      ? input.level === 'council'
        ? 'committee'
        : 'unit'
      : input.childLevel;
  const assignedTo = new Map<string, string[]>();
  for (const a of [...(input.assignments ?? [])].sort((a, b) => (a.unitId < b.unitId ? -1 : 1)))
    assignedTo.set(a.goalId, [...(assignedTo.get(a.goalId) ?? []), a.unitId]);
  const targets = new Map(input.targets.map((t) => [key(t.indicatorId, t.unitId), t]));
  const outcomes = new Map(input.outcomes.map((o) => [key(o.indicatorId, o.unitId), o]));
  const assessments = new Map(input.assessments.map((a) => [key(a.goalId, a.unitId), a]));
  const reports = new Map(input.activityReports.map((r) => [key(r.activityId, r.unitId), r]));
  const states = new Map(input.states.map((s) => [s.unitId, s.status]));
  const indicatorsOf = new Map<string, Indicator[]>();
  for (const indicator of input.indicators)
    for (const goalId of indicator.goalIds)
      indicatorsOf.set(goalId, [...(indicatorsOf.get(goalId) ?? []), indicator]);
  const childrenOf = new Map<string, StoredGoal[]>();
  for (const goal of input.goals)
    if (goal.level === childLevel)
      for (const parentId of goal.parentIds)
        childrenOf.set(parentId, [...(childrenOf.get(parentId) ?? []), goal]);

  return input.goals
    .filter((goal) => goal.level === input.level)
    .map((goal) => {
      const children = childrenOf.get(goal.id) ?? [];
      const unitIds = [
        ...new Set([...children.map((c) => c.ownerUnitId), ...(assignedTo.get(goal.id) ?? [])]),
      ].filter((u) => input.units.has(u));
      const units = unitIds.map((unitId) => {
        const attainments = (indicatorsOf.get(goal.id) ?? [])
          .filter((i) => targets.has(key(i.id, unitId)) || outcomes.has(key(i.id, unitId)))
          .map((i) => {
            const target = targets.get(key(i.id, unitId));
            const outcome = outcomes.get(key(i.id, unitId));
            return indicatorAttainment({
              direction: i.direction,
              outcome: outcome?.value ?? null,
              target: target?.targetKind === 'value' ? target.target : null,
              tolerance: target?.tolerance ?? null,
              previousOutcome: null,
              outcomeWomen: null,
              outcomeMen: null,
              targetSetElsewhere: target?.targetKind === 'city_accounts',
            });
          });
        const activities = input.activities
          .filter((a) => a.goalId === goal.id && a.unitIds.includes(unitId))
          .flatMap((a) => {
            const status = reports.get(key(a.id, unitId))?.status;
            return status ? [{ status }] : [];
          });
        const childGoals = children
          .filter((c) => c.ownerUnitId === unitId)
          .map((c) => ({ assessment: assessments.get(key(c.id, unitId))?.value ?? null }));
        const suggestion = suggestAssessment({
          indicators: attainments.map((a) => ({ status: a.status })),
          activities,
          childGoals,
        }).suggestion;
        const assessment = assessments.get(key(goal.id, unitId));
        const written = assessment?.value ?? null;
        const justified = (assessment?.justification.trim() ?? '') !== '';
        return {
          unitId,
          unitName: input.units.get(unitId) ?? '',
          written,
          suggestion,
          justified,
          disagrees: written !== null && suggestion !== null && written !== suggestion,
          indicators: {
            met: attainments.filter((a) => a.status === 'met').length,
            notMet: attainments.filter((a) => a.status === 'not_met').length,
            missing: attainments.filter((a) => a.status === 'no_outcome').length,
          },
          status: states.get(unitId) ?? 'draft',
          overPositive: written !== null && needsJustification(written, suggestion),
        };
      });
      units.sort((a, b) => a.unitName.localeCompare(b.unitName, 'sv'));
      return {
        goalId: goal.id,
        counts: rollUpGoal(
          units.map(({ unitId, written, suggestion, justified }) => ({
            unitId,
            written,
            suggestion,
            justified,
          })),
        ),
        units: units.map(({ overPositive: _overPositive, ...unit }) => unit),
      };
    });
}
