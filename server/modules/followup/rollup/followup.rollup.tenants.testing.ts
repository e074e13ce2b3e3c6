import fc from 'fast-check';
import { activityStatuses, assessmentValues, directions } from '#contracts/assessment.ts';
import { targetKinds } from '#contracts/indicators.ts';
import { roles } from '#contracts/people.ts';
import { reportStatuses } from '#contracts/followup.ts';

/**
 * Small random tenants for the roll-up's property tests, as indexes into what
 * insertRandomTenant (reports.rollup.testing.ts) creates.
 */

// Few values, so that outcomes land on targets and on the edges of tolerances.
const decimal = fc.constantFrom('0', '1', '1.0', '1.5', '2', '-1', '-0.5', '10.25', '10.250001');
const tolerance = fc.option(fc.constantFrom('0', '0.5', '1', '1.000000'));
// Swedish order (Å Ä Ö last), case, and two units with one name.
const unitName = fc.constantFrom('Ekonomi', 'ekonomi', 'Ängby', 'Åkeshov', 'Östermalm', 'Enskede');
const justification = fc.constantFrom('', ' ', '\u00a0\n\t', 'För att luften blev bättre', ' x ');
const index = fc.nat(40);
const some = <T>(arb: fc.Arbitrary<T>, maxLength: number) => fc.array(arb, { maxLength });

/** A goal of the year followed up, KF goals the likeliest. */
const goalRef = fc.record({
  level: fc.constantFrom(
    'council' as const,
    'council' as const,
    'committee' as const,
    'unit' as const,
  ),
  i: index,
});
/**
 * Whose row it is, relative to a goal: the owner of one of its child goals (the units a roll-up
 * shows), the goal's own owner, or any unit.
 */
export const mostly = <T>(usual: T, others: readonly T[]) =>
  fc.oneof(
    { arbitrary: fc.constant(usual), weight: 4 },
    { arbitrary: fc.constantFrom(...others), weight: 1 },
  );

const who = fc.record({
  via: mostly<'child' | 'owner' | 'unit'>('child', ['child', 'owner', 'unit']),
  i: index,
});
/** mostly VB of the year followed up; also T1, and VB of the year before */
const period = mostly('VB', ['T1', 'VB-1']);

export const randomTenant = fc.record({
  /** under the council or an earlier unit; some close mid-year, so VB's tree lacks them */
  units: fc.array(fc.record({ parent: index, name: unitName, closes: mostly(false, [true]) }), {
    minLength: 1,
    maxLength: 5,
  }),
  councilGoals: fc.integer({ min: 1, max: 3 }),
  committeeGoals: fc.array(
    fc.record({ owner: index, parents: fc.array(index, { minLength: 1, maxLength: 2 }) }),
    { minLength: 1, maxLength: 7 },
  ),
  unitGoals: some(
    fc.record({ owner: index, parents: fc.array(index, { minLength: 1, maxLength: 2 }) }),
    4,
  ),
  /** a KF goal given to a unit directly (decision 007), whether or not it has a goal under it */
  assignments: some(fc.record({ goal: index, unit: index }), 3),
  /** a nämndmål of the year before under this year's KF goal: not a child this year */
  strayChild: fc.option(fc.record({ owner: index, parent: index })),
  indicators: fc.array(
    fc.record({
      direction: fc.constantFrom(...directions),
      goals: fc.array(goalRef, { minLength: 1, maxLength: 2 }),
    }),
    { minLength: 1, maxLength: 4 },
  ),
  /** a target and outcomes of one indicator for one unit (relative to its first goal) */
  measurements: fc.array(
    fc.record({
      indicator: index,
      who,
      target: fc.option(
        fc.record({
          lastYear: mostly(false, [true]),
          kind: mostly('value' as const, targetKinds),
          target: fc.option(decimal, { freq: 6 }),
          tolerance,
        }),
        { freq: 9 },
      ),
      outcomes: fc.array(fc.record({ period, value: fc.option(decimal, { freq: 6 }) }), {
        minLength: 1,
        maxLength: 2,
      }),
    }),
    { minLength: 4, maxLength: 20 },
  ),
  activities: some(
    fc.record({
      goal: fc.option(goalRef, { freq: 6 }),
      responsible: who,
      coResponsible: some(who, 3),
      lastYear: mostly(false, [true]),
    }),
    5,
  ),
  /** by one of the activity's units (0 the responsible one), or by any unit */
  activityReports: some(
    fc.record({
      activity: index,
      unit: fc.record({ own: mostly(true, [false]), i: index }),
      period,
      status: fc.option(fc.constantFrom(...activityStatuses), { freq: 5 }),
    }),
    10,
  ),
  assessments: some(
    fc.record({
      goal: goalRef,
      who,
      period,
      value: fc.option(fc.constantFrom(...assessmentValues), { freq: 5 }),
      justification,
    }),
    16,
  ),
  states: some(fc.record({ unit: index, period, status: fc.constantFrom(...reportStatuses) }), 4),
  grants: fc.array(fc.record({ role: mostly('reader' as const, roles), unit: index }), {
    minLength: 1,
    maxLength: 2,
  }),
});
export type RandomTenant = typeof randomTenant extends fc.Arbitrary<infer T> ? T : never;
/**
 * A tenant built to judge indicators: n KF goals, each with one nämndmål of the same unit and
 * one indicator of its own with a value target and a VB outcome, so that every indicator's
 * verdict shows in its own goal's counts.
 */
export const judgingTenant = fc
  .array(
    fc.record({
      direction: fc.constantFrom(...directions),
      target: decimal,
      tolerance,
      outcome: fc.option(decimal, { freq: 8 }),
    }),
    { minLength: 1, maxLength: 8 },
  )
  .map((cases): RandomTenant => ({
    units: [{ parent: 0, name: 'Ekonomi', closes: false }],
    councilGoals: cases.length,
    committeeGoals: cases.map((_, k) => ({ owner: 1, parents: [k] })),
    assignments: [],
    unitGoals: [],
    strayChild: null,
    indicators: cases.map((c, k) => ({
      direction: c.direction,
      goals: [{ level: 'council', i: k }],
    })),
    measurements: cases.map((c, k) => ({
      indicator: k,
      who: { via: 'child', i: 0 },
      target: { lastYear: false, kind: 'value', target: c.target, tolerance: c.tolerance },
      outcomes: [{ period: 'VB', value: c.outcome }],
    })),
    activities: [],
    activityReports: [],
    assessments: [],
    states: [],
    grants: [{ role: 'reader', unit: 0 }],
  }));
