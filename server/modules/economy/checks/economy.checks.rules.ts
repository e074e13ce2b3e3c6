import type { LineKind, Mismatch, MismatchCode, MismatchKind, Money } from '#contracts/economy.ts';
import type {
  CarryOverSummary,
  EconomyTable,
  PrintedArea,
  PrintedLine,
  ResultFundInput,
} from '#contracts/economy.printed.ts';
import {
  carryOverTotal,
  evaluateResultFund,
  resultFundInOre,
} from '../funds/economy.funds.rules.ts';
import { absOre, ORE_PER_UNIT, sumOre, toMoney, toOre } from '../economy.money.ts';
import { deviation, netOf } from '../economy.rules.ts';

/**
 * Consistency checks of printed economy figures (domain.md §3.9): each printed figure that
 * differs from what the other printed figures say it should be is listed with both numbers.
 * Sums and differences of figures rounded to the printed precision can be off by a unit of the
 * last decimal without anyone having erred: a difference within `tolerance` is 'rounding',
 * beyond it 'error'. The same figure stated twice at the same precision cannot differ by
 * rounding, so restatements have their own tolerance, zero unless given.
 */

export interface CheckOptions {
  /** default: one unit of the last printed decimal (0,1 mnkr for mnkr with one decimal); 0 elsewhere */
  tolerance?: Money;
  /** for `figure.stated_twice`; default 0 */
  restatementTolerance?: Money;
}

export const classify = (difference: bigint, tolerance: bigint): MismatchKind =>
  absOre(difference) <= tolerance ? 'rounding' : 'error';

/** Collects mismatches; a printed figure equal to its expected value adds nothing. */
/** A printed figure that is not the computed one, with how far off it is. */
export function mismatchOf(
  code: MismatchCode,
  path: string,
  expected: bigint,
  printed: bigint,
  tolerance: bigint,
): Mismatch {
  const difference = printed - expected;
  return {
    code,
    path,
    expected: toMoney(expected),
    printed: toMoney(printed),
    difference: toMoney(difference),
    kind: classify(difference, tolerance),
  };
}

class Findings {
  readonly list: Mismatch[] = [];
  constructor(readonly tolerance: bigint) {}

  /** Nothing to compare where either figure is missing. */
  compare(
    code: MismatchCode,
    path: string,
    expected: bigint | null,
    printed: bigint | null,
    tolerance?: bigint,
  ) {
    if (expected === null || printed === null || expected === printed) return;
    this.list.push(mismatchOf(code, path, expected, printed, tolerance ?? this.tolerance));
  }
}

/**
 * The columns a table prints and the checks compare: the budget compared with (justerad budget,
 * else budget), the outcome, the deviation, last year's outcome, and the original budget where a
 * table prints it beside the adjusted one. The last two come last so that a table without them is
 * checked in the order it always was.
 */
export const checkedColumns = [
  'budget',
  'outcome',
  'deviation',
  'previousYearOutcome',
  'originalBudget',
] as const;
export type CheckedColumn = (typeof checkedColumns)[number];
const kinds: readonly LineKind[] = ['costs', 'revenues', 'net'];

/**
 * One line's amounts in öre; null (or, for last year's outcome and the original budget, absent)
 * where there is none. A printed `originalBudget` is checked only where it is not the compared
 * `budget` (a line that also has an adjusted budget), so that no figure is checked twice.
 */
export interface LineAmounts {
  budget: bigint | null;
  outcome: bigint | null;
  deviation: bigint | null;
  previousYearOutcome?: bigint | null;
  originalBudget?: bigint | null;
}
type Amounts = LineAmounts;
type Area = Record<LineKind, Amounts>;

/** A column's amount of a line: null where it has none. */
export const amountIn = (line: LineAmounts, column: CheckedColumn): bigint | null =>
  line[column] ?? null;

/** The sum of the amounts that are there, null when none is: an empty row silences no total. */
export function sumPresent(values: readonly (bigint | null)[]): bigint | null {
  const present = values.filter((value) => value !== null);
  return present.length === 0 ? null : sumOre(present);
}

/** The net that costs and revenues give in a column (the deviation: their sum). */
export const netIn = (
  column: CheckedColumn,
  costs: bigint,
  revenues: bigint,
  convention: EconomyTable['signConvention'],
) => (column === 'deviation' ? costs + revenues : netOf(costs, revenues, convention));

/** Budget − outcome of a line per the convention, when both are there. */
export const expectedDeviation = (
  kind: LineKind,
  line: LineAmounts,
  convention: EconomyTable['signConvention'],
) =>
  line.budget === null || line.outcome === null
    ? null
    : deviation(kind, line.budget, line.outcome, convention);

const optionalOre = (value: string | undefined) => (value === undefined ? null : toOre(value));
const amounts = (figures: PrintedLine): Amounts => ({
  budget: toOre(figures.budget),
  outcome: toOre(figures.outcome),
  deviation: toOre(figures.deviation),
  previousYearOutcome: optionalOre(figures.previousYearOutcome),
});

/** What of a "Varav" sub-row is part of its area's: costs and revenues, not deviations. */
const partColumns = ['budget', 'outcome', 'previousYearOutcome', 'originalBudget'] as const;
const partKinds = ['costs', 'revenues'] as const;
const magnitude = (amount: bigint) => (amount < 0n ? -amount : amount);

/**
 * "Varav" sub-rows against the area they are part of: in each column of costs and revenues that
 * the area prints, the sub-rows' figures together are at most the area's (in size, whichever the
 * sign). An excess is listed at the area's cell (`path`.costs.outcome …) with `expected` = the
 * area's figure and `printed` = the sub-rows' sum. Nets and deviations are left alone: a part
 * without revenues can have a larger net, and deviations of the parts can offset each other.
 */
export function checkSubRows(
  parent: Record<LineKind, LineAmounts>,
  subRows: readonly Record<LineKind, LineAmounts>[],
  path: string,
  tolerance: bigint,
): Mismatch[] {
  const findings = new Findings(tolerance);
  if (subRows.length === 0) return findings.list;
  for (const kind of partKinds)
    for (const column of partColumns) {
      const whole = amountIn(parent[kind], column);
      const parts = sumPresent(subRows.map((row) => amountIn(row[kind], column)));
      if (whole !== null && parts !== null && magnitude(parts) > magnitude(whole))
        findings.compare('sub_row.exceeds_parent', `${path}.${kind}.${column}`, whole, parts);
    }
  return findings.list;
}

/** Each area's "Varav" sub-rows: the rows after it up to the next area that is not one. */
function subRowsOf<T extends { subRow: boolean }>(rows: readonly T[]) {
  const groups: { parent: number; subRows: T[] }[] = [];
  rows.forEach((row, index) => {
    if (!row.subRow) groups.push({ parent: index, subRows: [] });
    else groups.at(-1)?.subRows.push(row);
  });
  return groups.filter((group) => group.subRows.length > 0);
}

const area = (printed: PrintedArea): Area => ({
  costs: amounts(printed.costs),
  revenues: amounts(printed.revenues),
  net: amounts(printed.net),
});

/**
 * Within one area: each printed deviation against budget − outcome (per the sign convention) and
 * each printed net column against costs + revenues (the net deviation against the sum of the
 * cost and revenue deviations, which is what budget − outcome of the net comes to in both
 * conventions). Expectations are drawn from `shown`, what is checked from `printed`; where
 * either figure is missing nothing is compared.
 */
export function areaMismatches(
  path: string,
  shown: Record<LineKind, LineAmounts>,
  printed: Record<LineKind, LineAmounts>,
  convention: EconomyTable['signConvention'],
  tolerance: bigint,
): Mismatch[] {
  const findings = new Findings(tolerance);
  for (const kind of kinds)
    findings.compare(
      'deviation.budget_minus_outcome',
      `${path}.${kind}.deviation`,
      expectedDeviation(kind, shown[kind], convention),
      printed[kind].deviation,
    );
  for (const column of checkedColumns) {
    const costs = amountIn(shown.costs, column);
    const revenues = amountIn(shown.revenues, column);
    findings.compare(
      'net.costs_plus_revenues',
      `${path}.net.${column}`,
      costs === null || revenues === null ? null : netIn(column, costs, revenues, convention),
      amountIn(printed.net, column),
    );
  }
  return findings.list;
}

const checkArea = (findings: Findings, path: string, figures: Area, table: EconomyTable) =>
  findings.list.push(
    ...areaMismatches(path, figures, figures, table.signConvention, findings.tolerance),
  );

const defaultTolerance = (table: EconomyTable) =>
  ORE_PER_UNIT[table.unit] / 10n ** BigInt(table.decimals);

/**
 * Every mismatch in an operating table, in this order: per row (deviations, then net); "Varav"
 * sub-rows against their area; the printed totals against the sums of the area rows ("Varav"
 * sub-rows left out); the totals as an area of their own; investments; the total including
 * investments against net operations + net investments, and its deviation against budget −
 * outcome. Every column is checked, last year's outcome wherever it is printed.
 */
export function checkTable(table: EconomyTable, options: CheckOptions = {}): Mismatch[] {
  const tolerance =
    options.tolerance === undefined ? defaultTolerance(table) : toOre(options.tolerance);
  const findings = new Findings(tolerance);
  const rows = table.rows.map((row) => ({ figures: area(row), subRow: row.subRow === true }));
  rows.forEach((row, index) => checkArea(findings, `rows[${index}]`, row.figures, table));
  for (const { parent, subRows } of subRowsOf(rows))
    findings.list.push(
      ...checkSubRows(
        rows[parent]!.figures,
        subRows.map((row) => row.figures),
        `rows[${parent}]`,
        tolerance,
      ),
    );

  const totals = area(table.totals);
  const areas = rows.filter((row) => !row.subRow).map((row) => row.figures);
  for (const kind of kinds)
    for (const column of checkedColumns)
      findings.compare(
        'total.sum_of_rows',
        `totals.${kind}.${column}`,
        sumPresent(areas.map((figures) => amountIn(figures[kind], column))),
        amountIn(totals[kind], column),
      );
  checkArea(findings, 'totals', totals, table);

  const investments = table.investments ? area(table.investments) : null;
  if (investments) checkArea(findings, 'investments', investments, table);

  const all = table.totalInclInvestments ? amounts(table.totalInclInvestments) : null;
  if (all) {
    for (const column of checkedColumns)
      findings.compare(
        'total_incl_investments.sum',
        `totalInclInvestments.${column}`,
        sumPresent([
          amountIn(totals.net, column),
          investments && amountIn(investments.net, column),
        ]),
        amountIn(all, column),
      );
    findings.compare(
      'deviation.budget_minus_outcome',
      'totalInclInvestments.deviation',
      expectedDeviation('net', all, table.signConvention),
      all.deviation,
    );
  }
  return findings.list;
}

/**
 * A result fund's printed closing against opening + own-action surplus − used (`fund.closing`),
 * and the breaches of the caps (`expected` = the cap, `printed` = the amount, `difference` = the
 * excess). Paths start with `path` (default "fund").
 */
export function checkResultFund(
  input: ResultFundInput,
  options: CheckOptions & { path?: string } = {},
): Mismatch[] {
  const findings = new Findings(options.tolerance === undefined ? 0n : toOre(options.tolerance));
  const path = options.path ?? 'fund';
  const evaluation = evaluateResultFund(resultFundInOre(input));
  if (input.closing !== null)
    findings.compare('fund.closing', `${path}.closing`, evaluation.closing, toOre(input.closing));
  for (const breach of evaluation.breaches) {
    const field = breach.code === 'fund.yearly_cap_exceeded' ? 'surplusOwnAction' : 'closing';
    findings.compare(breach.code, `${path}.${field}`, breach.limit, breach.amount);
  }
  return findings.list;
}

/** One figure as it is stated in one place. */
export interface Statement {
  path: string;
  amount: Money;
}

/**
 * The same figure stated in several places (e.g. a carry-over in the decision proposal and in
 * the report): every statement that differs from the first, the reference, is a mismatch.
 */
export function checkStatedTwice(
  statements: readonly Statement[],
  options: CheckOptions = {},
): Mismatch[] {
  const [reference, ...others] = statements;
  if (!reference) return [];
  const findings = new Findings(
    options.restatementTolerance === undefined ? 0n : toOre(options.restatementTolerance),
  );
  for (const other of others)
    findings.compare(
      'figure.stated_twice',
      other.path,
      toOre(reference.amount),
      toOre(other.amount),
    );
  return findings.list;
}

/**
 * Ombudgeteringar: the printed total against the sum of the requests; against the sum of the
 * amounts in the decision proposals, when every request has one; and each request's amount in
 * the report (the reference) against the one in the decision proposal.
 */
export function checkCarryOver(
  summary: CarryOverSummary,
  options: CheckOptions & { path?: string } = {},
): Mismatch[] {
  const path = options.path ?? 'carryOver';
  const findings = new Findings(options.tolerance === undefined ? 0n : toOre(options.tolerance));
  const total = toOre(summary.total);
  findings.compare(
    'carry_over.sum_of_items',
    `${path}.total`,
    carryOverTotal(summary.requests),
    total,
  );
  const decided = summary.requests.map((request) => request.amountInDecision);
  if (decided.every((amount) => amount !== null))
    findings.compare(
      'carry_over.sum_of_decision_amounts',
      `${path}.total`,
      sumOre(decided.map(toOre)),
      total,
    );
  const restated = summary.requests.flatMap((request, index) =>
    request.amountInDecision === null
      ? []
      : checkStatedTwice(
          [
            { path: `${path}.requests[${index}].amount`, amount: request.amount },
            {
              path: `${path}.requests[${index}].amountInDecision`,
              amount: request.amountInDecision,
            },
          ],
          options,
        ),
  );
  return [...findings.list, ...restated];
}
