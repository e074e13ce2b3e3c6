import {
  dispositionScopes,
  type DispositionRow,
  type DispositionScope,
  type EconomyMismatch,
  type MismatchCode,
} from '#contracts/economy.ts';
import { toMoney } from '../economy.money.ts';
import { amountIn, type CheckedColumn, type LineAmounts } from './economy.checks.rules.ts';
import { Located } from './economy.checks.stored.rules.ts';

/**
 * The result per business area's dispositions (domain.md §4.3, R-F4, R-F5), checked. Every figure
 * of these rows is a result: a surplus is positive and a deviation is outcome − budget, whatever
 * the sign convention of the table above them (where net is the net cost). So
 *
 * - Resultat före bokslutsdisposition = −(Summa netto) = Summa intäkter − Summa kostnader
 *   (its deviation is Summa netto's, budget − outcome of the net cost);
 * - Resultat inkl ingående fond = före + Ingående resultatfond (R-F4);
 * - Resultat efter bokslutsdisposition = inkl − Utgående resultatfond (R-F5);
 * - each row's deviation = its outcome − its budget;
 * - where the unit's own result fund is stored, its opening fund, closing fund and result before
 *   disposition state the table's outcome figures a second time: the fund's figure is checked
 *   against the table's (`figure.stated_twice`, at the fund).
 *
 * Each printed figure is checked once, against the printed figures it follows from (the computed
 * one where a row is not printed), so that an error is flagged where it is made. Pure.
 */

type Column = Exclude<CheckedColumn, 'deviation'>;
const sumColumns: readonly Column[] = [
  'budget',
  'outcome',
  'previousYearOutcome',
  'originalBudget',
];

export interface DispositionInput {
  /** the printed rows, by scope */
  printed: Partial<Record<DispositionScope, LineAmounts>>;
  /** Summa netto (net cost) per column: the printed total where there is one, else the computed */
  operatingNet: LineAmounts;
  /** the unit's own result fund, when it is a result unit with one stored */
  fund: {
    unitId: string;
    opening: bigint | null;
    closing: bigint | null;
    resultBeforeDisposition: bigint | null;
  } | null;
  tolerance: bigint;
}

const neg = (value: bigint | null) => (value === null ? null : -value);
const plus = (a: bigint | null, b: bigint | null) => (a === null || b === null ? null : a + b);
const minus = (a: bigint | null, b: bigint | null) => (a === null || b === null ? null : a - b);
const money = (value: bigint | null) => (value === null ? null : toMoney(value));

const where = { section: 'disposition', areaId: null, unitId: null } as const;
const pathOf = (scope: DispositionScope, column: CheckedColumn) => `disposition.${scope}.${column}`;
/** Summa netto's figure in the operating table, where before disposition's is stated first. */
const atOperatingNet = (column: CheckedColumn) =>
  ({
    section: 'operating_total',
    path: `totals.net.${column}`,
    areaId: null,
    unitId: null,
  }) as const;

/** The rows with what each should be, and every printed figure that is not that. */
export function checkDisposition(input: DispositionInput): {
  rows: DispositionRow[];
  mismatches: EconomyMismatch[];
} {
  const found = new Located(input.tolerance);
  const printedIn = (scope: DispositionScope, column: CheckedColumn) => {
    const row = input.printed[scope];
    return row ? amountIn(row, column) : null;
  };
  const computed = new Map<string, bigint | null>();
  const shown = (scope: DispositionScope, column: CheckedColumn) =>
    printedIn(scope, column) ?? computed.get(`${scope}.${column}`) ?? null;

  const expectations: Record<DispositionScope, (column: Column) => bigint | null> = {
    result_before_disposition: (column) => neg(amountIn(input.operatingNet, column)),
    opening_fund: () => null,
    result_incl_opening_fund: (column) =>
      plus(shown('result_before_disposition', column), shown('opening_fund', column)),
    closing_fund: () => null,
    result_after_disposition: (column) =>
      minus(shown('result_incl_opening_fund', column), shown('closing_fund', column)),
  };
  const codes: Record<DispositionScope, MismatchCode> = {
    result_before_disposition: 'result.before_disposition',
    opening_fund: 'figure.stated_twice',
    // (the funds' rows are what the others add up from: checked only against the result fund)
    result_incl_opening_fund: 'result.incl_opening_fund',
    closing_fund: 'figure.stated_twice',
    result_after_disposition: 'result.after_disposition',
  };

  for (const scope of dispositionScopes) {
    for (const column of sumColumns) {
      const expected = expectations[scope](column);
      computed.set(`${scope}.${column}`, expected);
      found.compare(
        where,
        codes[scope],
        pathOf(scope, column),
        expected,
        printedIn(scope, column),
        // before disposition restates Summa netto of the operating table (with its sign turned)
        scope === 'result_before_disposition' ? atOperatingNet(column) : undefined,
      );
    }
    const deviation = minus(shown(scope, 'outcome'), shown(scope, 'budget'));
    computed.set(`${scope}.deviation`, deviation);
    found.compare(
      where,
      'result.deviation',
      pathOf(scope, 'deviation'),
      deviation,
      printedIn(scope, 'deviation'),
    );
  }
  // The unit's result fund states three of the outcomes again: the fund's figure is checked.
  const fund = input.fund;
  if (fund) {
    const atFund = { ...where, section: 'result_fund', unitId: fund.unitId } as const;
    const restated = [
      ['resultBeforeDisposition', 'result_before_disposition', fund.resultBeforeDisposition],
      ['opening', 'opening_fund', fund.opening],
      ['closing', 'closing_fund', fund.closing],
    ] as const;
    for (const [field, scope, stated] of restated)
      found.compare(
        atFund,
        'figure.stated_twice',
        `disposition.fund.${field}`,
        printedIn(scope, 'outcome'),
        stated,
        { ...where, path: pathOf(scope, 'outcome') },
      );
  }

  const cell = (scope: DispositionScope, column: CheckedColumn) => ({
    printed: money(printedIn(scope, column)),
    computed: money(computed.get(`${scope}.${column}`) ?? null),
  });
  const rows = dispositionScopes.map((scope) => ({
    scope,
    budget: cell(scope, 'budget'),
    outcome: cell(scope, 'outcome'),
    deviation: cell(scope, 'deviation'),
    previousYearOutcome: cell(scope, 'previousYearOutcome'),
  }));
  return { rows, mismatches: found.list };
}
