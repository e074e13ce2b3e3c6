import { assessmentValues, type AssessmentValue } from '#contracts/assessment.ts';
import type { ActivityReportsView } from '#contracts/activities.ts';
import type { RollUpGoalRow, RollUpUnit } from '#contracts/followup.ts';

/**
 * How the roll-up is shown: which goals and units, in what order. Pure, so that the page and the
 * tests agree on what "only disagreements" and each order mean.
 */
export const rollUpSorts = ['cascade', 'disagreements', 'not_reported', 'weakest'] as const;
export type RollUpSort = (typeof rollUpSorts)[number];

export type RollUpView = { onlyDisagreements: boolean; sort: RollUpSort };

/** helt 2, delvis 1, inte 0: higher is more positive. */
const rank = (value: AssessmentValue) =>
  assessmentValues.length - 1 - assessmentValues.indexOf(value);

/**
 * Why a unit's written assessment and the evidence's suggestion differ: written more positive
 * than the evidence, with or without a justification, or more cautious. `none` when they agree
 * or one of them is missing.
 */
export type Disagreement = 'none' | 'unjustified' | 'justified' | 'cautious';

export function disagreementOf(unit: RollUpUnit): Disagreement {
  if (!unit.disagrees || unit.written === null || unit.suggestion === null) return 'none';
  if (rank(unit.written) < rank(unit.suggestion)) return 'cautious';
  return unit.justified ? 'justified' : 'unjustified';
}

const collator = new Intl.Collator('sv-SE', { numeric: true });

/** Units by name, in Swedish order. */
export const sortUnits = (units: readonly RollUpUnit[]): RollUpUnit[] =>
  [...units].sort((a, b) => collator.compare(a.unitName, b.unitName));

/**
 * The share of reported units that assess the goal as fully met, for "weakest first"; a goal
 * nobody has assessed counts as weakest of all.
 */
function strength(row: RollUpGoalRow): number {
  const reported = row.counts.helt + row.counts.delvis + row.counts.inte;
  if (reported === 0) return -1;
  return (row.counts.helt * 2 + row.counts.delvis) / (reported * 2);
}

const comparators: Record<RollUpSort, (a: RollUpGoalRow, b: RollUpGoalRow) => number> = {
  cascade: () => 0,
  disagreements: (a, b) =>
    b.counts.unjustifiedDisagreements - a.counts.unjustifiedDisagreements ||
    b.counts.disagreements - a.counts.disagreements,
  not_reported: (a, b) => b.counts.notReported - a.counts.notReported,
  weakest: (a, b) => strength(a) - strength(b),
};

/**
 * The rows to show: with `onlyDisagreements`, only goals where some unit disagrees with the
 * evidence, each with only those units; then in the order asked for, ties (and `cascade`)
 * keeping the server's cascade order. Counts stay those of the whole goal.
 */
export function viewRollUp(rows: readonly RollUpGoalRow[], view: RollUpView): RollUpGoalRow[] {
  const shown = view.onlyDisagreements
    ? rows
        .filter((row) => row.units.some((unit) => unit.disagrees))
        .map((row) => ({ ...row, units: row.units.filter((unit) => unit.disagrees) }))
    : [...rows];
  const order = new Map(rows.map((row, index) => [row.goal.id, index]));
  const compare = comparators[view.sort];
  return shown
    .map((row) => ({ ...row, units: sortUnits(row.units) }))
    .sort((a, b) => compare(a, b) || order.get(a.goal.id)! - order.get(b.goal.id)!);
}

export type RollUpTotals = {
  goals: number;
  assessments: number;
  notReported: number;
  disagreements: number;
  unjustified: number;
};

/** Totals over the rows, for the sentence above the tables. */
export function totalsOf(rows: readonly RollUpGoalRow[]): RollUpTotals {
  return rows.reduce<RollUpTotals>(
    (sum, row) => ({
      goals: sum.goals + 1,
      assessments: sum.assessments + row.counts.helt + row.counts.delvis + row.counts.inte,
      notReported: sum.notReported + row.counts.notReported,
      disagreements: sum.disagreements + row.counts.disagreements,
      unjustified: sum.unjustified + row.counts.unjustifiedDisagreements,
    }),
    { goals: 0, assessments: 0, notReported: 0, disagreements: 0, unjustified: 0 },
  );
}

export const isRollUpSort = (value: unknown): value is RollUpSort =>
  typeof value === 'string' && (rollUpSorts as readonly string[]).includes(value);

type SideUnit = ActivityReportsView['units'][number];

/** A shared activity's units: the lead (responsible) unit first, then those "i samråd" by name. */
export const leadFirst = (units: readonly SideUnit[]): SideUnit[] =>
  [...units].sort(
    (a, b) =>
      Number(b.responsible) - Number(a.responsible) || collator.compare(a.unitName, b.unitName),
  );
