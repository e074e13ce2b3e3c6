import type { AssessmentValue } from '#contracts/assessment.ts';
import type { GoalStatus } from '#contracts/goals.status.ts';
import { rollUpGoal } from '../../assessment/assessment.rules.ts';

type WrittenAssessment = { goalId: string; unitId: string; value: AssessmentValue | null };

/**
 * Each goal's status from the written assessments of the units read: its owner's own judgement,
 * and the other units' judgements of it counted by the roll-up's rule (`rollUpGoal`: a unit
 * counted once; no written value is "not reported"). Goals keep their order.
 */
export function goalStatusesOf(
  goals: readonly { id: string; ownerUnitId: string }[],
  assessments: readonly WrittenAssessment[],
  read: ReadonlySet<string>,
): GoalStatus[] {
  const byGoal = new Map<string, WrittenAssessment[]>();
  for (const a of assessments) byGoal.set(a.goalId, [...(byGoal.get(a.goalId) ?? []), a]);
  return goals.map((goal) => {
    const written = (byGoal.get(goal.id) ?? []).filter((a) => read.has(a.unitId));
    const own = written.find((a) => a.unitId === goal.ownerUnitId);
    const others = written.filter((a) => a.unitId !== goal.ownerUnitId);
    const counts =
      others.length === 0
        ? null
        : rollUpGoal(
            others.map((a) => ({
              unitId: a.unitId,
              written: a.value,
              suggestion: null,
              justified: true,
            })),
          );
    return {
      goalId: goal.id,
      ownerRead: read.has(goal.ownerUnitId),
      value: own?.value ?? null,
      others: counts && {
        helt: counts.helt,
        delvis: counts.delvis,
        inte: counts.inte,
        total: counts.total,
      },
    };
  });
}
