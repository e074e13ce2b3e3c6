import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  activityStatuses,
  assessmentSuggestion,
  assessmentValues,
  directions,
  indicatorStatuses,
  type ActivityStatus,
  type AssessmentEvidence,
  type AssessmentValue,
  type GoalRollUp,
  type GoalUnitReport,
  type IndicatorAttainmentInput,
  type IndicatorStatus,
} from '#contracts/assessment.ts';
import {
  compareDecimal,
  formatDecimal,
  parseDecimal,
  subtractDecimal,
} from './assessment.indicators.rules.ts';
import {
  indicatorAttainment,
  needsJustification,
  rollUpGoal,
  suggestAssessment,
} from './assessment.rules.ts';

const runs = { seed: 20260318, numRuns: 500 };

// ── Decimals ────────────────────────────────────────────────────────────────────────────────────

/** Prints units × 10^−scale as PostgreSQL would, with `padding` extra trailing zeros. */
function printed(units: bigint, scale: number, padding = 0): string {
  const digits = (units < 0n ? -units : units).toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const fraction = digits.slice(digits.length - scale) + '0'.repeat(padding);
  return `${units < 0n ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}

const units = fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n });
/** Two values on one common scale, each printed with its own trailing zeros. */
const pair = fc
  .record({
    a: units,
    b: units,
    scale: fc.integer({ min: 0, max: 8 }),
    padA: fc.integer({ min: 0, max: 3 }),
    padB: fc.integer({ min: 0, max: 3 }),
  })
  .map(({ a, b, scale, padA, padB }) => ({
    a,
    b,
    scale,
    textA: printed(a, scale, padA),
    textB: printed(b, scale, padB),
  }));
const decimalText = fc.tuple(units, fc.integer({ min: 0, max: 8 })).map(([u, s]) => printed(u, s));

const base: Omit<IndicatorAttainmentInput, 'direction' | 'outcome' | 'target'> = {
  tolerance: null,
  previousOutcome: null,
  outcomeWomen: null,
  outcomeMen: null,
};
const attain = (
  direction: IndicatorAttainmentInput['direction'],
  outcome: string,
  target: string,
  more: Partial<IndicatorAttainmentInput> = {},
) => indicatorAttainment({ ...base, direction, outcome, target, ...more });
const negate = (text: string) =>
  formatDecimal(subtractDecimal(parseDecimal('0'), parseDecimal(text)));

describe('properties of judging an indicator', () => {
  test('met agrees with comparing the integers behind the decimals, whatever the trailing zeros', () => {
    fc.assert(
      fc.property(pair, ({ a, b, textA, textB }) => {
        expect(attain('higher_is_better', textA, textB).status).toBe(a >= b ? 'met' : 'not_met');
        expect(attain('lower_is_better', textA, textB).status).toBe(a <= b ? 'met' : 'not_met');
      }),
      runs,
    );
  });

  test('within an interval, both edges are met and the smallest step beyond either is not', () => {
    fc.assert(
      fc.property(pair, fc.integer({ min: 0, max: 4 }), ({ a, b, scale }, extra) => {
        const width = b < 0n ? -b : b;
        const target = printed(a, scale);
        const tolerance = printed(width, scale);
        // The outcomes are printed with `extra` more decimals, so that ±1 is the smallest step.
        const step = 10n ** BigInt(extra);
        const at = (u: bigint) => printed(u, scale + extra);
        const edge = (a + width) * step;
        const lowEdge = (a - width) * step;
        const within = (outcome: string) =>
          attain('within_interval', outcome, target, { tolerance }).status;
        expect(within(at(edge))).toBe('met');
        expect(within(at(lowEdge))).toBe('met');
        expect(within(at(edge + 1n))).toBe('not_met');
        expect(within(at(lowEdge - 1n))).toBe('not_met');
      }),
      runs,
    );
  });

  test('lower-is-better is higher-is-better with the signs turned, and for positive values its percentage is the mirror', () => {
    fc.assert(
      fc.property(decimalText, decimalText, (outcome, target) => {
        expect(attain('lower_is_better', outcome, target).status).toBe(
          attain('higher_is_better', negate(outcome), negate(target)).status,
        );
        if (!outcome.startsWith('-') && !/^0(\.0*)?$/.test(outcome) && /^[1-9]/.test(target))
          expect(attain('lower_is_better', target, outcome).percentOfTarget).toBe(
            attain('higher_is_better', outcome, target).percentOfTarget,
          );
      }),
      runs,
    );
  });

  test('a met target is never shown below 100 %, and the percentage is the ratio to within rounding', () => {
    fc.assert(
      fc.property(decimalText, decimalText, fc.constantFrom(...directions), (o, t, direction) => {
        const result = attain(direction, o, t, { tolerance: '1' });
        if (result.percentOfTarget === null) return;
        const ratio =
          direction === 'higher_is_better' ? Number(o) / Number(t) : Number(t) / Number(o);
        expect(Math.abs(result.percentOfTarget - ratio * 100)).toBeLessThanOrEqual(
          0.05 + 1e-9 * ratio * 100,
        );
        if (result.status === 'met') expect(result.percentOfTarget).toBeGreaterThanOrEqual(100);
      }),
      runs,
    );
  });

  test('swapping the outcome and the previous outcome turns better into worse and back', () => {
    const opposite = { better: 'worse', worse: 'better', unchanged: 'unchanged' } as const;
    fc.assert(
      fc.property(
        decimalText,
        decimalText,
        decimalText,
        fc.constantFrom(...directions),
        (outcome, previous, target, direction) => {
          const forward = attain(direction, outcome, target, { previousOutcome: previous }).trend;
          const back = attain(direction, previous, target, { previousOutcome: outcome }).trend;
          expect(forward).not.toBeNull();
          expect(back).toBe(opposite[forward!]);
        },
      ),
      runs,
    );
  });

  test('the gender gap plus the men’s outcome is exactly the women’s outcome', () => {
    fc.assert(
      fc.property(decimalText, decimalText, (women, men) => {
        const gap = attain('higher_is_better', '1', '1', {
          outcomeWomen: women,
          outcomeMen: men,
        }).genderGap!;
        const back = subtractDecimal(parseDecimal(women), parseDecimal(gap.difference));
        expect(compareDecimal(back, parseDecimal(men))).toBe(0);
        expect(gap.difference).toBe(formatDecimal(parseDecimal(gap.difference)));
      }),
      runs,
    );
  });
});

// ── Suggestions ─────────────────────────────────────────────────────────────────────────────────

const evidence: fc.Arbitrary<AssessmentEvidence> = fc.record({
  indicators: fc.array(fc.record({ status: fc.constantFrom(...indicatorStatuses) }), {
    maxLength: 12,
  }),
  activities: fc.array(fc.record({ status: fc.constantFrom(...activityStatuses) }), {
    maxLength: 12,
  }),
  childGoals: fc.array(
    fc.record({ assessment: fc.option(fc.constantFrom(...assessmentValues), { nil: null }) }),
    { maxLength: 8 },
  ),
});

/** No suggestion ranks below inte: gaining one is never a step down. */
const rank = (value: AssessmentValue | null) =>
  value === null ? -1 : { inte: 0, delvis: 1, helt: 2 }[value];

// The single-item improvements the rule promises to respect.
const betterIndicator: Partial<Record<IndicatorStatus, IndicatorStatus[]>> = {
  not_met: ['met'],
  no_outcome: ['met'],
  no_target: ['met'],
};
const betterActivity: Partial<Record<ActivityStatus, ActivityStatus[]>> = {
  cancelled: ['delayed', 'ongoing', 'completed'],
  delayed: ['ongoing', 'completed'],
  ongoing: ['completed'],
  not_started: ['ongoing', 'completed'],
};
const betterChild: Record<AssessmentValue | 'null', AssessmentValue[]> = {
  null: ['helt'],
  inte: ['delvis', 'helt'],
  delvis: ['helt'],
  helt: [],
};

/** Every evidence that differs from `e` by one item improved. */
function improvements(e: AssessmentEvidence): AssessmentEvidence[] {
  const out: AssessmentEvidence[] = [];
  const replace = <T>(list: T[], i: number, item: T) => list.map((x, j) => (j === i ? item : x));
  e.indicators.forEach((item, i) => {
    for (const status of betterIndicator[item.status] ?? [])
      out.push({ ...e, indicators: replace(e.indicators, i, { status }) });
  });
  e.activities.forEach((item, i) => {
    for (const status of betterActivity[item.status] ?? [])
      out.push({ ...e, activities: replace(e.activities, i, { status }) });
  });
  e.childGoals.forEach((item, i) => {
    for (const assessment of betterChild[item.assessment ?? 'null'])
      out.push({ ...e, childGoals: replace(e.childGoals, i, { assessment }) });
  });
  return out;
}

describe('properties of the suggested assessment', () => {
  test('improving any single item never lowers the suggestion or the score', () => {
    fc.assert(
      fc.property(evidence, (e) => {
        const before = suggestAssessment(e);
        for (const improved of improvements(e)) {
          const after = suggestAssessment(improved);
          expect(rank(after.suggestion)).toBeGreaterThanOrEqual(rank(before.suggestion));
          if (before.score !== null) expect(after.score!).toBeGreaterThanOrEqual(before.score);
        }
      }),
      runs,
    );
  });

  test('permuting the items never changes the result', () => {
    const shuffled = evidence.chain((e) =>
      fc.record({
        e: fc.constant(e),
        indicators: fc.shuffledSubarray(e.indicators, { minLength: e.indicators.length }),
        activities: fc.shuffledSubarray(e.activities, { minLength: e.activities.length }),
        childGoals: fc.shuffledSubarray(e.childGoals, { minLength: e.childGoals.length }),
      }),
    );
    fc.assert(
      fc.property(shuffled, ({ e, ...permuted }) => {
        expect(suggestAssessment(permuted)).toEqual(suggestAssessment(e));
      }),
      runs,
    );
  });

  test('adding a met indicator never lowers the suggestion', () => {
    fc.assert(
      fc.property(evidence, fc.nat(), (e, at) => {
        const indicators = [...e.indicators];
        indicators.splice(at % (indicators.length + 1), 0, { status: 'met' });
        const after = suggestAssessment({ ...e, indicators });
        expect(rank(after.suggestion)).toBeGreaterThanOrEqual(
          rank(suggestAssessment(e).suggestion),
        );
      }),
      runs,
    );
  });

  test('adding evidence that is left out changes neither the suggestion nor the score', () => {
    fc.assert(
      fc.property(evidence, fc.constantFrom('no_outcome', 'no_target'), (e, missing) => {
        const before = suggestAssessment(e);
        const after = suggestAssessment({
          indicators: [...e.indicators, { status: missing }],
          activities: [...e.activities, { status: 'not_started' }],
          childGoals: [...e.childGoals, { assessment: null }],
        });
        expect(after.suggestion).toBe(before.suggestion);
        expect(after.score).toBe(before.score);
      }),
      runs,
    );
  });

  test('doubling every item changes nothing: only proportions count', () => {
    fc.assert(
      fc.property(evidence, (e) => {
        const doubled = {
          indicators: [...e.indicators, ...e.indicators],
          activities: [...e.activities, ...e.activities],
          childGoals: [...e.childGoals, ...e.childGoals],
        };
        const [before, after] = [suggestAssessment(e), suggestAssessment(doubled)];
        expect(after.suggestion).toBe(before.suggestion);
        expect(after.score).toBe(before.score);
      }),
      runs,
    );
  });

  test('the suggestion follows the published thresholds and fits the contract', () => {
    fc.assert(
      fc.property(evidence, (e) => {
        const result = suggestAssessment(e);
        expect(assessmentSuggestion.parse(result)).toEqual(result);
        expect(result.suggestion === null).toBe(result.score === null);
        if (result.score === null) return;
        const missed = e.indicators.some((i) => i.status === 'not_met');
        const expected =
          result.score >= 0.9
            ? missed
              ? 'delvis'
              : 'helt'
            : result.score < 0.5
              ? 'inte'
              : 'delvis';
        expect(result.suggestion).toBe(expected);
      }),
      runs,
    );
  });

  test('a justification is needed exactly when the written assessment ranks above the suggestion', () => {
    const value = fc.option(fc.constantFrom(...assessmentValues), { nil: null });
    fc.assert(
      fc.property(value, value, (written, suggestion) => {
        expect(needsJustification(written, suggestion)).toBe(
          written !== null && suggestion !== null && rank(written) > rank(suggestion),
        );
      }),
    );
  });
});

// ── Roll-up ─────────────────────────────────────────────────────────────────────────────────────

const value = fc.option(fc.constantFrom(...assessmentValues), { nil: null });
const reports = fc.uniqueArray(
  fc.record({ unitId: fc.uuid(), written: value, suggestion: value, justified: fc.boolean() }),
  { selector: (r) => r.unitId, maxLength: 40 },
);
const sum = (a: GoalRollUp, b: GoalRollUp): GoalRollUp =>
  Object.fromEntries(
    Object.entries(a).map(([key, n]) => [key, n + b[key as keyof GoalRollUp]]),
  ) as GoalRollUp;

describe('properties of the roll-up', () => {
  test('helt + delvis + inte + not reported = total, and unjustified ≤ disagreements ≤ reported', () => {
    fc.assert(
      fc.property(reports, (rs: GoalUnitReport[]) => {
        const r = rollUpGoal(rs);
        expect(r.helt + r.delvis + r.inte + r.notReported).toBe(r.total);
        expect(r.total).toBe(rs.length);
        expect(r.unjustifiedDisagreements).toBeLessThanOrEqual(r.disagreements);
        expect(r.disagreements).toBeLessThanOrEqual(r.total - r.notReported);
      }),
      runs,
    );
  });

  test('the roll-up of two groups of units is the sum of their roll-ups, in any order', () => {
    fc.assert(
      fc.property(reports, fc.nat(), (rs, cut) => {
        const at = cut % (rs.length + 1);
        const [first, second] = [rs.slice(0, at), rs.slice(at)];
        expect(rollUpGoal([...second, ...first])).toEqual(
          sum(rollUpGoal(first), rollUpGoal(second)),
        );
      }),
      runs,
    );
  });
});
