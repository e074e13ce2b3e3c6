import { describe, expect, test } from 'vitest';
import { compass2021 } from '../../../demo/compass2021.ts';
import {
  areaScore,
  bySubAreaNo,
  compare,
  mismatches,
  percent,
  strongestAndWeakest,
  totalScore,
  type AreaPoints,
} from './compass.rules.ts';

const areas = compass2021.areas as AreaPoints[];
const area = (no: number) => areas.find((a) => a.no === no)!;

describe('Kommunkompassen arithmetic (R-K1..R-K3)', () => {
  test('a sub-area’s percent is achieved / max rounded to a whole percent', () => {
    expect(percent(17, 30)).toBe(57);
    expect(percent(19, 30)).toBe(63);
    expect(percent(24, 30)).toBe(80);
    expect(percent(11, 20)).toBe(55);
    expect(percent(1, 0)).toBeNull();
  });

  test('an area’s points are the sum of its sub-areas’: area 3 is 10 + 32 + 27 + 16 = 85 of 100', () => {
    expect(areaScore(area(3))).toEqual({ achieved: 85, max: 100, percent: 85 });
  });

  test('Stockholm 2021 totals 606 of 800, every area out of 100', () => {
    expect(totalScore(areas)).toEqual({ achieved: 606, max: 800, percent: 76 });
    expect(areas.map((a) => areaScore(a).achieved)).toEqual([66, 83, 85, 79, 70, 73, 74, 76]);
    expect(areas.every((a) => areaScore(a).max === 100)).toBe(true);
  });
});

describe('printed figures that do not add up are listed, never fixed', () => {
  test('Stockholm 2021: 4.2 prints 81 % for 24/30 (A11) and four sections print other points than the table (A10)', () => {
    expect(mismatches(areas)).toEqual([
      { kind: 'section_points', areaNo: 1, subAreaNo: null, printed: 70, computed: 66 },
      { kind: 'sub_area_percent', areaNo: 4, subAreaNo: '4.2', printed: 81, computed: 80 },
      { kind: 'section_points', areaNo: 5, subAreaNo: null, printed: 69, computed: 70 },
      { kind: 'section_points', areaNo: 6, subAreaNo: null, printed: 72, computed: 73 },
      { kind: 'section_points', areaNo: 8, subAreaNo: null, printed: 75, computed: 76 },
    ]);
  });

  test('a table total that is not the sum of its sub-areas is flagged with both numbers; a missing printed figure is not', () => {
    const wrong: AreaPoints = {
      ...area(3),
      printedAchieved: 86,
      printedMax: 90,
      printedPercent: null,
      sectionPoints: null,
    };
    expect(mismatches([wrong])).toEqual([
      { kind: 'area_points', areaNo: 3, subAreaNo: null, printed: 86, computed: 85 },
      { kind: 'area_max', areaNo: 3, subAreaNo: null, printed: 90, computed: 100 },
    ]);
  });
});

describe('strongest and weakest areas (R-K5)', () => {
  test('Stockholm 2021: strongest 3, 2, 4 as the text says; weakest 1', () => {
    const { strongest, weakest } = strongestAndWeakest(areas);
    expect(strongest).toEqual([3, 2, 4]);
    expect(weakest[0]).toBe(1);
    expect(weakest).toEqual([1, 5, 6]);
  });
});

describe('comparing two evaluations', () => {
  // An illustrative earlier evaluation (not Stockholm's 2009 one, whose figures the seed lacks).
  const earlier: AreaPoints[] = [
    {
      ...area(1),
      subAreas: [
        { no: '1.1', name: 'Strategi', achieved: 8, max: 20, printedPercent: null },
        { no: '1.6', name: 'Utgått delområde', achieved: 5, max: 10, printedPercent: null },
      ],
    },
    { ...area(2), subAreas: area(2).subAreas.map((s) => ({ ...s, achieved: s.achieved - 1 })) },
  ];

  test('per area and sub-area the change in points and percentage points; what exists in only one side has the other empty', () => {
    const result = compare(earlier, areas);
    const one = result.areas.find((a) => a.no === 1)!;
    expect(one.points).toBe(66 - 13);
    expect(one.percentPoints).toBe(66 - 43);
    expect(one.subAreas.map((s) => [s.no, s.points, s.percentPoints])).toEqual([
      ['1.1', 3, 15],
      ['1.2', null, null],
      ['1.3', null, null],
      ['1.4', null, null],
      ['1.5', null, null],
      ['1.6', null, null],
    ]);
    expect(one.subAreas.find((s) => s.no === '1.6')).toMatchObject({
      before: { achieved: 5, max: 10, percent: 50 },
      after: null,
      name: 'Utgått delområde',
    });
    expect(result.areas.find((a) => a.no === 2)).toMatchObject({ points: 4, percentPoints: 4 });
    const three = result.areas.find((a) => a.no === 3)!;
    expect(three).toMatchObject({ before: null, points: null, after: { achieved: 85 } });
    expect(result.total.after).toEqual({ achieved: 606, max: 800, percent: 76 });
  });

  test('sub-area numbers sort numerically', () => {
    expect(['4.10', '4.2', '3.1'].sort(bySubAreaNo)).toEqual(['3.1', '4.2', '4.10']);
  });
});
