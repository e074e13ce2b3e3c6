import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { staffFigures, type StaffFigures } from '#contracts/hr.ts';
import { addCounts, computeStaff, countsOf, staffFindings, staffOf } from './hr.rules.ts';

const figures = (input: object): StaffFigures => staffFigures.parse(input);
const keys = ['ami'];

const unit = (scheduled: number, short: number, long: number, women = 10, men = 5) =>
  figures({
    employment: [
      {
        form: 'permanent',
        headcountWomen: women,
        headcountMen: men,
        annualEmployeesWomen: women,
        annualEmployeesMen: men,
      },
    ],
    sickLeave: {
      scheduledWomen: scheduled,
      scheduledMen: scheduled,
      shortWomen: short,
      shortMen: 0,
      longWomen: long,
      longMen: 0,
    },
  });

describe('staff key figures of one unit', () => {
  test('sick leave is sick hours over scheduled hours; total = days 1–14 + from day 15', () => {
    const s = staffOf(unit(1000, 20, 30), keys);
    expect(s.scheduledHours).toBe(2000);
    expect(s.sickShort).toBe(1);
    expect(s.sickLong).toBe(1.5);
    expect(s.sickTotal).toBe(2.5);
    expect(s.sickWomen).toBe(5);
    expect(s.sickMen).toBe(0);
  });

  test('headcount by employment form, shares of women and men', () => {
    const s = staffOf(unit(1, 0, 0, 67, 33), keys);
    expect(s.headcount).toBe(100);
    expect(s.shareWomen).toBe(67);
    expect(s.shareMen).toBe(33);
    expect(s.byForm).toEqual([{ form: 'permanent', headcount: 100, annualEmployees: 100 }]);
  });

  test('a percentage printed without hours is shown as printed, not computed', () => {
    const s = staffOf(figures({ printed: { sickTotal: 2.6, sickShort: 0.8 } }), keys);
    expect(s.sickTotal).toBe(2.6);
    expect(s.sickShort).toBe(0.8);
    expect(s.sickLong).toBeNull();
    expect(s.scheduledHours).toBeNull();
  });

  test('turnover is leavers over the average headcount', () => {
    expect(staffOf(figures({ leavers: 6, averageHeadcount: 40 }), keys).turnover).toBe(15);
  });
});

describe('figures that do not add up are flagged, never fixed', () => {
  test('a printed total that is not short + long', () => {
    const found = staffFindings(
      figures({ printed: { sickTotal: 2.6, sickShort: 0.8, sickLong: 1.5 } }),
    );
    expect(found.map((f) => f.code)).toEqual(['sick_parts']);
    expect(found[0]!.message).toContain('2,6 %');
  });
  test('shares that do not make 100 %', () => {
    expect(
      staffFindings(figures({ printed: { shareWomen: 67, shareMen: 32 } })).map((f) => f.code),
    ).toEqual(['shares']);
  });
  test('a printed figure that differs from the one the hours give', () => {
    const printed = { ...unit(1000, 20, 30), printed: { ...unit(1, 0, 0).printed, sickTotal: 3 } };
    expect(staffFindings(printed).map((f) => f.code)).toEqual(['printed_differs']);
  });
  test('the seed’s 2015 figures (2,6 % and 0,8 %, 67/33) raise nothing by themselves', () => {
    expect(
      staffFindings(
        figures({ printed: { sickTotal: 2.6, sickShort: 0.8, shareWomen: 67, shareMen: 33 } }),
      ),
    ).toEqual([]);
  });
});

describe('roll-up over the organisation', () => {
  test('sick leave is weighed by scheduled hours, never an average of percentages', () => {
    // A small unit with 10 % and a large one with 1 %: the average would say 5,5 %.
    const small = unit(100, 10, 10);
    const large = unit(10_000, 100, 100);
    const total = computeStaff(addCounts([countsOf(small), countsOf(large)]), keys);
    expect(total.sickTotal).toBeCloseTo(((20 + 200) * 100) / 20_200, 10);
    expect(total.sickTotal).not.toBeCloseTo(5.5, 1);
    expect(total.headcount).toBe(30);
  });

  test('indices are weighed by respondents; an index without respondents cannot be weighed', () => {
    const a = figures({ indices: [{ key: 'ami', value: 80, respondents: 10 }] });
    const b = figures({ indices: [{ key: 'ami', value: 90, respondents: 30 }] });
    const total = computeStaff(addCounts([countsOf(a), countsOf(b)]), keys);
    expect(total.indices).toEqual([{ key: 'ami', value: 87.5, respondents: 40 }]);
    const c = figures({ indices: [{ key: 'ami', value: 70 }] });
    expect(computeStaff(addCounts([countsOf(a), countsOf(c)]), keys).indices[0]!.value).toBeNull();
  });

  test('a count missing in a unit that reports that kind of figure leaves the total missing; a unit without hours is left out of sick leave', () => {
    const a = unit(100, 1, 1);
    const b = figures({ employment: [{ form: 'permanent', headcountWomen: 3 }] });
    const total = computeStaff(addCounts([countsOf(a), countsOf(b)]), keys);
    expect(total.headcount).toBeNull();
    expect(total.scheduledHours).toBe(200);
    expect(total.sickTotal).toBe(1);
    const partial = figures({ sickLeave: { scheduledWomen: 100 } });
    expect(computeStaff(addCounts([countsOf(a), countsOf(partial)]), keys).sickTotal).toBeNull();
  });

  const hours = fc.integer({ min: 0, max: 5_000_000 }).map((n) => n / 100);
  const part = fc.record({
    scheduledWomen: fc.integer({ min: 1, max: 5_000_000 }).map((n) => n / 100),
    scheduledMen: fc.integer({ min: 1, max: 5_000_000 }).map((n) => n / 100),
    shortWomen: hours,
    shortMen: hours,
    longWomen: hours,
    longMen: hours,
    women: fc.integer({ min: 0, max: 5000 }),
    men: fc.integer({ min: 0, max: 5000 }),
    leavers: fc.integer({ min: 0, max: 500 }),
    average: fc.integer({ min: 1, max: 5000 }),
    ami: fc.integer({ min: 0, max: 100 }),
    respondents: fc.integer({ min: 1, max: 5000 }),
  });
  type Part = typeof part extends fc.Arbitrary<infer T> ? T : never;
  const asFigures = (p: Part) =>
    figures({
      employment: [
        {
          form: 'permanent',
          headcountWomen: p.women,
          headcountMen: p.men,
          annualEmployeesWomen: p.women,
          annualEmployeesMen: p.men,
        },
      ],
      sickLeave: {
        scheduledWomen: p.scheduledWomen,
        scheduledMen: p.scheduledMen,
        shortWomen: p.shortWomen,
        shortMen: p.shortMen,
        longWomen: p.longWomen,
        longMen: p.longMen,
      },
      leavers: p.leavers,
      averageHeadcount: p.average,
      indices: [{ key: 'ami', value: p.ami, respondents: p.respondents }],
    });
  const round2 = (n: number) => Math.round(n * 100) / 100;
  /** The one unit the two were split from: every count the sum of the two. */
  const merged = (a: Part, b: Part) =>
    asFigures({
      scheduledWomen: round2(a.scheduledWomen + b.scheduledWomen),
      scheduledMen: round2(a.scheduledMen + b.scheduledMen),
      shortWomen: round2(a.shortWomen + b.shortWomen),
      shortMen: round2(a.shortMen + b.shortMen),
      longWomen: round2(a.longWomen + b.longWomen),
      longMen: round2(a.longMen + b.longMen),
      women: a.women + b.women,
      men: a.men + b.men,
      leavers: a.leavers + b.leavers,
      average: a.average + b.average,
      ami: 0,
      respondents: a.respondents + b.respondents,
    });

  test('the roll-up of split units equals the roll-up of the merged unit (sick leave, headcount, turnover exactly)', () => {
    fc.assert(
      fc.property(part, part, (a, b) => {
        const split = computeStaff(addCounts([countsOf(asFigures(a)), countsOf(asFigures(b))]), []);
        const whole = computeStaff(addCounts([countsOf(merged(a, b))]), []);
        expect(split.sickTotal).toBe(whole.sickTotal);
        expect(split.sickShort).toBe(whole.sickShort);
        expect(split.sickLong).toBe(whole.sickLong);
        expect(split.sickWomen).toBe(whole.sickWomen);
        expect(split.sickMen).toBe(whole.sickMen);
        expect(split.headcount).toBe(whole.headcount);
        expect(split.shareWomen).toBe(whole.shareWomen);
        expect(split.turnover).toBe(whole.turnover);
      }),
    );
  });

  test('the order and grouping of the units do not change the roll-up', () => {
    fc.assert(
      fc.property(fc.array(part, { minLength: 1, maxLength: 6 }), (parts) => {
        const counts = parts.map((p) => countsOf(asFigures(p)));
        const flat = computeStaff(addCounts(counts), keys);
        const reversed = computeStaff(addCounts([...counts].reverse()), keys);
        const nested = computeStaff(
          addCounts(
            [addCounts(counts.slice(0, 1)), addCounts(counts.slice(1))].filter(
              (c) => c.scheduledWomen !== null,
            ),
          ),
          keys,
        );
        expect(reversed.sickTotal).toBe(flat.sickTotal);
        expect(nested.sickTotal).toBe(flat.sickTotal);
        expect(reversed.indices[0]!.value).toBeCloseTo(flat.indices[0]!.value!, 9);
      }),
    );
  });

  test('a roll-up lies between its units’ smallest and largest sick leave and index', () => {
    fc.assert(
      fc.property(fc.array(part, { minLength: 1, maxLength: 6 }), (parts) => {
        const each = parts.map((p) => staffOf(asFigures(p), keys));
        const total = computeStaff(addCounts(parts.map((p) => countsOf(asFigures(p)))), keys);
        const sick = each.map((s) => s.sickTotal!);
        expect(total.sickTotal!).toBeGreaterThanOrEqual(Math.min(...sick) - 1e-9);
        expect(total.sickTotal!).toBeLessThanOrEqual(Math.max(...sick) + 1e-9);
        const ami = parts.map((p) => p.ami);
        expect(total.indices[0]!.value!).toBeGreaterThanOrEqual(Math.min(...ami) - 1e-9);
        expect(total.indices[0]!.value!).toBeLessThanOrEqual(Math.max(...ami) + 1e-9);
      }),
    );
  });
});
