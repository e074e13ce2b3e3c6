import type {
  DisplayUnit,
  EconomyMismatch,
  LineKind,
  Mismatch,
  MismatchCode,
  SignConvention,
} from '#contracts/economy.ts';
import { mismatchOf } from './economy.checks.rules.ts';
import { ORE_PER_UNIT, sumOre } from '../economy.money.ts';
import { deviation, netOf } from '../economy.rules.ts';

/**
 * The consistency checks of `checkTable` (economy.checks.rules.ts) over a stored table, where any
 * figure may be missing: a printed figure is compared with what the other figures say it should
 * be whenever both are there. On a complete table the findings are exactly `checkTable`'s, with
 * the same paths (`rows[i]` counts the operating areas, sub-rows included), plus where each sits.
 *
 * A row's "shown" figure is the printed one when there is one, else the computed one: the net of
 * an area is printed only when a net line is stored, else derived from costs and revenues, and a
 * deviation is printed only when one was typed, else computed. Sums and expectations use shown
 * figures; what is checked is always a printed one.
 */

export type Amounts = { budget: bigint | null; outcome: bigint | null; deviation: bigint | null };
export type AreaAmounts = Record<LineKind, Amounts>;

export interface CheckedArea {
  areaId: string;
  kind: 'operating' | 'investment' | 'large_project';
  subRow: boolean;
  shown: AreaAmounts;
  /** only what was printed or typed; null where nothing was */
  printed: AreaAmounts;
}

export interface StoredTableCheck {
  convention: SignConvention;
  tolerance: bigint;
  areas: CheckedArea[];
  /** Summa drift as printed, if it was */
  operatingTotal: AreaAmounts | null;
  /** the computed operating totals (shown when nothing is printed) */
  computedOperatingTotal: AreaAmounts;
  /** Totalt netto inkl investeringar as printed, if it was */
  includingInvestments: Amounts | null;
}

export const kinds: readonly LineKind[] = ['costs', 'revenues', 'net'];
const columns = ['budget', 'outcome', 'deviation'] as const;

/** One unit of the last printed decimal: 0,1 mnkr for mnkr with one decimal. */
export const toleranceOf = (unit: DisplayUnit, decimals: number) =>
  ORE_PER_UNIT[unit] / 10n ** BigInt(decimals);

type Where = Pick<EconomyMismatch, 'section' | 'areaId' | 'unitId'>;

/** Collects mismatches with where they sit; equal figures add nothing. */
export class Located {
  readonly list: EconomyMismatch[] = [];
  constructor(private readonly tolerance: bigint) {}

  compare(
    where: Where,
    code: MismatchCode,
    path: string,
    expected: bigint | null,
    printed: bigint | null,
  ) {
    if (expected === null || printed === null || expected === printed) return;
    this.list.push({ ...mismatchOf(code, path, expected, printed, this.tolerance), ...where });
  }

  /** Mismatches from the pure checks, placed. */
  add(where: Where, found: readonly Mismatch[]) {
    for (const mismatch of found) this.list.push({ ...mismatch, ...where });
  }
}

const both = (x: bigint | null, y: bigint | null, op: (x: bigint, y: bigint) => bigint) =>
  x === null || y === null ? null : op(x, y);

function checkArea(
  found: Located,
  where: Where,
  path: string,
  shown: AreaAmounts,
  printed: AreaAmounts,
  convention: SignConvention,
) {
  for (const kind of kinds) {
    const line = shown[kind];
    found.compare(
      where,
      'deviation.budget_minus_outcome',
      `${path}.${kind}.deviation`,
      both(line.budget, line.outcome, (b, o) => deviation(kind, b, o, convention)),
      printed[kind].deviation,
    );
  }
  for (const column of columns)
    found.compare(
      where,
      'net.costs_plus_revenues',
      `${path}.net.${column}`,
      both(shown.costs[column], shown.revenues[column], (c, r) =>
        column === 'deviation' ? c + r : netOf(c, r, convention),
      ),
      printed.net[column],
    );
}

const sumOrNull = (values: (bigint | null)[]) =>
  values.some((value) => value === null) ? null : sumOre(values as bigint[]);

/** Every mismatch of a stored table, in `checkTable`'s order. */
export function checkStoredTable(input: StoredTableCheck): EconomyMismatch[] {
  const found = new Located(input.tolerance);
  const { convention } = input;
  const operating = input.areas.filter((area) => area.kind === 'operating');
  const investments = input.areas.filter((area) => area.kind === 'investment');
  const projects = input.areas.filter((area) => area.kind === 'large_project');
  const place = (area: CheckedArea, section: Where['section']): Where => ({
    section,
    areaId: area.areaId,
    unitId: null,
  });

  operating.forEach((area, index) =>
    checkArea(found, place(area, 'area'), `rows[${index}]`, area.shown, area.printed, convention),
  );

  const printedTotal = input.operatingTotal;
  if (printedTotal) {
    const where: Where = { section: 'operating_total', areaId: null, unitId: null };
    const summed = operating.filter((area) => !area.subRow);
    for (const kind of kinds)
      for (const column of columns)
        found.compare(
          where,
          'total.sum_of_rows',
          `totals.${kind}.${column}`,
          sumOrNull(summed.map((area) => area.shown[kind][column])),
          printedTotal[kind][column],
        );
    checkArea(found, where, 'totals', printedTotal, printedTotal, convention);
  }

  investments.forEach((area, index) =>
    checkArea(
      found,
      place(area, 'investments'),
      investments.length === 1 ? 'investments' : `investments[${index}]`,
      area.shown,
      area.printed,
      convention,
    ),
  );
  projects.forEach((area, index) =>
    checkArea(
      found,
      place(area, 'area'),
      `projects[${index}]`,
      area.shown,
      area.printed,
      convention,
    ),
  );

  const all = input.includingInvestments;
  if (all) {
    const where: Where = { section: 'including_investments', areaId: null, unitId: null };
    const operatingNet = (column: (typeof columns)[number]) =>
      printedTotal?.net[column] ?? input.computedOperatingTotal.net[column];
    for (const column of columns)
      found.compare(
        where,
        'total_incl_investments.sum',
        `totalInclInvestments.${column}`,
        sumOrNull([operatingNet(column), ...investments.map((area) => area.shown.net[column])]),
        all[column],
      );
    found.compare(
      where,
      'deviation.budget_minus_outcome',
      'totalInclInvestments.deviation',
      both(all.budget, all.outcome, (b, o) => deviation('net', b, o, convention)),
      all.deviation,
    );
  }
  return found.list;
}
