import type { Comparison, Mismatch, Score } from '#contracts/compass.ts';

/**
 * Kommunkompassen's arithmetic (domain.md §3.7, R-K1..R-K5). Pure: the points as stored in,
 * scores, flags and comparisons out. A printed figure is never corrected: where it differs from
 * what the points give, both are listed as a mismatch.
 */

export type SubAreaPoints = {
  no: string;
  name: string;
  achieved: number;
  max: number;
  printedPercent: number | null;
};
export type AreaPoints = {
  no: number;
  name: string;
  printedAchieved: number | null;
  printedMax: number | null;
  printedPercent: number | null;
  sectionPoints: number | null;
  subAreas: readonly SubAreaPoints[];
};

/** R-K1: percent = round(achieved / max × 100); half rounds up (17/30 = 56,7 → 57). */
export function percent(achieved: number, max: number): number | null {
  if (max <= 0) return null;
  return Math.round((achieved * 100) / max);
}

const scoreOf = (achieved: number, max: number): Score => ({
  achieved,
  max,
  percent: percent(achieved, max),
});

/** R-K2: an area's points are the sum of its sub-areas' (and so is its maximum). */
export function areaScore(area: Pick<AreaPoints, 'subAreas'>): Score {
  const sum = (pick: (s: SubAreaPoints) => number) =>
    area.subAreas.reduce((total, s) => total + pick(s), 0);
  return scoreOf(
    sum((s) => s.achieved),
    sum((s) => s.max),
  );
}

/** R-K3: the total is the sum of the areas' points, out of the sum of their maxima (800). */
export function totalScore(areas: readonly Pick<AreaPoints, 'subAreas'>[]): Score {
  const scores = areas.map(areaScore);
  return scoreOf(
    scores.reduce((t, s) => t + s.achieved, 0),
    scores.reduce((t, s) => t + s.max, 0),
  );
}

/**
 * Every printed figure that differs from what the points give: a sub-area's percent (R-K1), an
 * area's printed points, maximum and percent in the table (R-K2), and the points the detailed
 * section prints for the area (R-K4). In area then sub-area order.
 */
export function mismatches(areas: readonly AreaPoints[]): Mismatch[] {
  const found: Mismatch[] = [];
  const flag = (
    kind: Mismatch['kind'],
    areaNo: number,
    subAreaNo: string | null,
    printed: number | null,
    computed: number | null,
  ) => {
    if (printed !== null && computed !== null && printed !== computed)
      found.push({ kind, areaNo, subAreaNo, printed, computed });
  };
  for (const area of areas) {
    for (const sub of area.subAreas)
      flag('sub_area_percent', area.no, sub.no, sub.printedPercent, percent(sub.achieved, sub.max));
    const score = areaScore(area);
    flag('area_points', area.no, null, area.printedAchieved, score.achieved);
    flag('area_max', area.no, null, area.printedMax, score.max);
    flag('area_percent', area.no, null, area.printedPercent, score.percent);
    flag('section_points', area.no, null, area.sectionPoints, score.achieved);
  }
  return found;
}

/**
 * R-K5: the strongest areas are those with the highest percent, the weakest those with the
 * lowest; `count` of each, ties kept in area order.
 */
export function strongestAndWeakest(
  areas: readonly AreaPoints[],
  count = 3,
): { strongest: number[]; weakest: number[] } {
  const ranked = areas
    .map((area) => ({ no: area.no, percent: areaScore(area).percent ?? 0 }))
    .sort((a, b) => b.percent - a.percent || a.no - b.no);
  return {
    strongest: ranked.slice(0, count).map((a) => a.no),
    weakest: [...ranked]
      .sort((a, b) => a.percent - b.percent || a.no - b.no)
      .slice(0, count)
      .map((a) => a.no),
  };
}

type Difference = Comparison['total'];

function difference(before: Score | null, after: Score | null): Difference {
  return {
    before,
    after,
    points: before && after ? after.achieved - before.achieved : null,
    percentPoints:
      before?.percent != null && after?.percent != null ? after.percent - before.percent : null,
  };
}

const subScore = (s: SubAreaPoints): Score => scoreOf(s.achieved, s.max);

/**
 * An evaluation against an earlier one: per area and sub-area the change in points and in
 * percentage points; an area or sub-area found in only one of them has the other side empty
 * (the model is revised now and then, so sub-areas come and go). Areas and sub-areas are matched
 * by number; the later evaluation's names are shown.
 */
export function compare(
  earlier: readonly AreaPoints[],
  later: readonly AreaPoints[],
): Omit<Comparison, 'earlier'> {
  const areaNos = [...new Set([...later, ...earlier].map((a) => a.no))].sort((a, b) => a - b);
  return {
    total: difference(totalScore(earlier), totalScore(later)),
    areas: areaNos.map((no) => {
      const before = earlier.find((a) => a.no === no);
      const after = later.find((a) => a.no === no);
      const subNos = [
        ...new Set([...(after?.subAreas ?? []), ...(before?.subAreas ?? [])].map((s) => s.no)),
      ].sort(bySubAreaNo);
      return {
        no,
        name: (after ?? before)!.name,
        ...difference(before ? areaScore(before) : null, after ? areaScore(after) : null),
        subAreas: subNos.map((subNo) => {
          const b = before?.subAreas.find((s) => s.no === subNo);
          const a = after?.subAreas.find((s) => s.no === subNo);
          return {
            no: subNo,
            name: (a ?? b)!.name,
            ...difference(b ? subScore(b) : null, a ? subScore(a) : null),
          };
        }),
      };
    }),
  };
}

/** "4.2" before "4.10". */
export function bySubAreaNo(a: string, b: string): number {
  const [a1, a2] = a.split('.').map(Number);
  const [b1, b2] = b.split('.').map(Number);
  return a1! - b1! || a2! - b2!;
}
