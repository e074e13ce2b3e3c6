import type { LineKind, Mismatch, MismatchCode, MismatchKind, Money } from '#contracts/economy.ts';
import type {
  CarryOverSummary,
  EconomyTable,
  PrintedArea,
  PrintedFigures,
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
  constructor(private readonly tolerance: bigint) {}

  compare(code: MismatchCode, path: string, expected: bigint, printed: bigint, tolerance?: bigint) {
    if (expected === printed) return;
    this.list.push(mismatchOf(code, path, expected, printed, tolerance ?? this.tolerance));
  }
}

const columns = ['budget', 'outcome', 'deviation'] as const;
const kinds: readonly LineKind[] = ['costs', 'revenues', 'net'];

interface Amounts {
  budget: bigint;
  outcome: bigint;
  deviation: bigint;
}
type Area = Record<LineKind, Amounts>;

const amounts = (figures: PrintedFigures): Amounts => ({
  budget: toOre(figures.budget),
  outcome: toOre(figures.outcome),
  deviation: toOre(figures.deviation),
});
const area = (printed: PrintedArea): Area => ({
  costs: amounts(printed.costs),
  revenues: amounts(printed.revenues),
  net: amounts(printed.net),
});

/**
 * Within one area: each line's deviation against budget − outcome (per the sign convention) and
 * each net column against costs + revenues (the net deviation against the sum of the cost and
 * revenue deviations, which is what budget − outcome of the net comes to in both conventions).
 */
function checkArea(findings: Findings, path: string, figures: Area, table: EconomyTable) {
  for (const kind of kinds) {
    const line = figures[kind];
    findings.compare(
      'deviation.budget_minus_outcome',
      `${path}.${kind}.deviation`,
      deviation(kind, line.budget, line.outcome, table.signConvention),
      line.deviation,
    );
  }
  for (const column of columns) {
    const costs = figures.costs[column];
    const revenues = figures.revenues[column];
    findings.compare(
      'net.costs_plus_revenues',
      `${path}.net.${column}`,
      column === 'deviation' ? costs + revenues : netOf(costs, revenues, table.signConvention),
      figures.net[column],
    );
  }
}

const defaultTolerance = (table: EconomyTable) =>
  ORE_PER_UNIT[table.unit] / 10n ** BigInt(table.decimals);

/**
 * Every mismatch in an operating table, in this order: per row (deviations, then net); the
 * printed totals against the sums of the area rows ("Varav" sub-rows left out); the totals as
 * an area of their own; investments; the total including investments against net operations +
 * net investments, and its deviation against budget − outcome.
 */
export function checkTable(table: EconomyTable, options: CheckOptions = {}): Mismatch[] {
  const tolerance =
    options.tolerance === undefined ? defaultTolerance(table) : toOre(options.tolerance);
  const findings = new Findings(tolerance);
  const rows = table.rows.map((row) => ({ figures: area(row), subRow: row.subRow === true }));
  rows.forEach((row, index) => checkArea(findings, `rows[${index}]`, row.figures, table));

  const totals = area(table.totals);
  const areas = rows.filter((row) => !row.subRow).map((row) => row.figures);
  for (const kind of kinds)
    for (const column of columns)
      findings.compare(
        'total.sum_of_rows',
        `totals.${kind}.${column}`,
        sumOre(areas.map((figures) => figures[kind][column])),
        totals[kind][column],
      );
  checkArea(findings, 'totals', totals, table);

  const investments = table.investments ? area(table.investments) : null;
  if (investments) checkArea(findings, 'investments', investments, table);

  const all = table.totalInclInvestments ? amounts(table.totalInclInvestments) : null;
  if (all) {
    for (const column of columns)
      findings.compare(
        'total_incl_investments.sum',
        `totalInclInvestments.${column}`,
        totals.net[column] + (investments?.net[column] ?? 0n),
        all[column],
      );
    findings.compare(
      'deviation.budget_minus_outcome',
      'totalInclInvestments.deviation',
      deviation('net', all.budget, all.outcome, table.signConvention),
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
