import type { AssessmentEvidence, AssessmentValue } from '#contracts/assessment.ts';
import type { UnitAtDate } from '#contracts/org.ts';
import { childLevelIn } from '#contracts/goals.levels.ts';
import type { RollUp, RollUpUnit } from '#contracts/followup.ts';
import type { Repositories } from '#server/repositories.ts';
import type { Principal } from '#server/principal.ts';
import { rollUpGoal, suggestAssessment } from '../../assessment/assessment.rules.ts';
import { can, unitsAllowing } from '../../people/people.rules.ts';
import { periodNotFound } from '../../years/years.errors.ts';
import { settingsOfYear } from '../../goals/levels/goals.levels.usecases.ts';
import type { RollUpEvidence } from './followup.rollup.repository.ts';

type Deps = Pick<Repositories, 'org' | 'years' | 'goals' | 'goalLevels' | 'rollUps'>;

/** The units a principal may read, with their names. */
const readableUnits = (tree: readonly UnitAtDate[], grants: Principal['grants']) =>
  new Map(unitsAllowing(tree, grants, 'followup.read').map((unit) => [unit.id, unit.name]));

const times = <T>(count: number, item: T): T[] => Array.from({ length: count }, () => item);

/** The counted evidence as the items the published rules take (only the counts matter). */
function evidenceOf(e: RollUpEvidence): AssessmentEvidence {
  return {
    indicators: [
      ...times(e.indicators.met, { status: 'met' as const }),
      ...times(e.indicators.notMet, { status: 'not_met' as const }),
      ...times(e.indicators.missing, { status: 'no_outcome' as const }),
    ],
    activities: [
      // completed and ongoing score alike, so the query counts them together
      ...times(e.activities.onTrack, { status: 'completed' as const }),
      ...times(e.activities.delayed, { status: 'delayed' as const }),
      ...times(e.activities.cancelled, { status: 'cancelled' as const }),
      ...times(e.activities.notStarted, { status: 'not_started' as const }),
    ],
    childGoals: [
      ...times(e.childGoals.helt, { assessment: 'helt' as const }),
      ...times(e.childGoals.delvis, { assessment: 'delvis' as const }),
      ...times(e.childGoals.inte, { assessment: 'inte' as const }),
      ...times(e.childGoals.notReported, { assessment: null }),
    ],
  };
}

/**
 * The published rules' suggestion for counted evidence. A city's thousands of (goal, unit) pairs
 * share a few hundred distinct counts, and the rules are pure, so each is computed once per call.
 */
function suggester() {
  const known = new Map<string, AssessmentValue | null>();
  return (e: RollUpEvidence) => {
    // the rules refuse a negative tolerance (indicatorAttainment throws); so does the roll-up
    if (e.negativeTolerances > 0)
      throw new RangeError(`tolerance must not be negative (goal ${e.goalId}, unit ${e.unitId})`);
    const { indicators: i, activities: a, childGoals: c } = e;
    const key = [
      i.met,
      i.notMet,
      i.missing,
      a.onTrack,
      a.delayed,
      a.cancelled,
      a.notStarted,
      c.helt,
      c.delvis,
      c.inte,
      c.notReported,
    ].join();
    let suggestion = known.get(key);
    if (suggestion === undefined) {
      suggestion = suggestAssessment(evidenceOf(e)).suggestion;
      known.set(key, suggestion);
    }
    return suggestion;
  };
}

const swedish = new Intl.Collator('sv');

/**
 * Each name's place in Swedish order (what localeCompare(…, 'sv') sorts by); names the collator
 * holds equal share a place. Sorting a city's units once beats comparing strings in every goal.
 */
function swedishRanks(names: Iterable<string>): Map<string, number> {
  const sorted = [...new Set(names)].sort(swedish.compare);
  const ranks = new Map<string, number>();
  let place = 0;
  sorted.forEach((name, k) => {
    if (k > 0 && swedish.compare(sorted[k - 1]!, name) !== 0) place += 1;
    ranks.set(name, place);
  });
  return ranks;
}

/**
 * The roll-up of a period: for each KF goal how every committee assesses it (or, at the
 * committee level, each nämndmål over the units below), with the evidence's suggestion and
 * the disagreements. A caller sees the units it may read.
 *
 * The answer is `computeRollUp`'s (reports.rollup.rules.ts, the specification, and the property
 * test in reports.rollup.usecases.test.ts holds the two equal); the evidence is counted in SQL
 * per goal and unit so that a city's millions of outcomes never leave the database.
 */
export async function rollUp(
  deps: Deps,
  principal: Principal,
  periodId: string,
  level: 'council' | 'committee',
): Promise<RollUp> {
  const { tenantId, grants } = principal;
  const period = await deps.years.period(tenantId, periodId);
  if (!period) throw periodNotFound();
  const tree = deps.org.treeAt(tenantId, period.endsOn);
  // the goals rolling up: those of the nearest level below in use (nämndmål under KF goals in
  // Stockholm's model), and the units a goal is assigned to (contracts/goals.levels.ts)
  const settings = await settingsOfYear(deps, tenantId, period.year);
  const levels = { level, childLevel: childLevelIn(settings, level) };
  const goals = deps.rollUps.levelGoalIds(tenantId, period.yearId, level).then(async (ids) => {
    const byId = new Map((await deps.goals.byIds(tenantId, ids)).map((g) => [g.id, g]));
    return ids.map((id) => byId.get(id)!);
  });
  const readableOf = tree.then((units) => readableUnits(units, grants));
  // A tenant-wide reader sees every unit, so the evidence need not wait for the tree.
  const evidence = can(grants, 'followup.read')
    ? deps.rollUps.evidence(tenantId, period, levels, null)
    : readableOf.then((readable) =>
        deps.rollUps.evidence(tenantId, period, levels, [...readable.keys()]),
      );
  const [units, readable, levelGoals, pairs] = await Promise.all([
    tree,
    readableOf,
    goals,
    evidence,
  ]);

  const names = new Map(units.map((u) => [u.id, u.name]));
  const pairsOf = new Map<string, RollUpEvidence[]>();
  for (const pair of pairs) {
    if (!readable.has(pair.unitId)) continue;
    const list = pairsOf.get(pair.goalId);
    if (list) list.push(pair);
    else pairsOf.set(pair.goalId, [pair]);
  }

  const suggest = suggester();
  const rank = swedishRanks(readable.values());
  return {
    period,
    level,
    goals: levelGoals.map((goal) => {
      const rows = (pairsOf.get(goal.id) ?? [])
        // computeRollUp meets the units in the order of their first goal under this one, then
        // sorts them by name, keeping that order among equal names
        .sort(
          (a, b) =>
            rank.get(readable.get(a.unitId)!)! - rank.get(readable.get(b.unitId)!)! ||
            a.firstPosition - b.firstPosition ||
            (a.unitId < b.unitId ? -1 : 1),
        )
        .map((e): RollUpUnit => {
          const written = e.written;
          const suggestion = suggest(e);
          return {
            unitId: e.unitId,
            unitName: readable.get(e.unitId)!,
            written,
            suggestion,
            justified: e.justification.trim() !== '',
            disagrees: written !== null && suggestion !== null && written !== suggestion,
            indicators: e.indicators,
            status: e.status,
          };
        });
      return {
        goal: { ...goal, ownerUnitName: names.get(goal.ownerUnitId) ?? null },
        counts: rollUpGoal(rows),
        units: rows,
      };
    }),
  };
}
