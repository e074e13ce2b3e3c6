import type { EconomyMismatch, Money } from '#contracts/economy.ts';
import type {
  BalanceRowWrite,
  InvestmentGroup,
  InvestmentRowWrite,
} from '#contracts/economy.statements.ts';
import { toOre } from '../economy.money.ts';
import { sumPresent } from './economy.checks.rules.ts';
import { Located } from './economy.checks.stored.rules.ts';

/**
 * The checks of the investment account and the balance-sheet analysis as printed
 * (docs/economy-formulas.md): every deviation, change, subtotal and total in every column, the
 * balance sheet's two sides against each other (R-E10), and the investment account's total
 * against the operating table's investments, which state the same figures. Pure.
 */

const ore = (value: Money | null) => (value === null ? null : toOre(value));
const minus = (a: bigint | null, b: bigint | null) => (a === null || b === null ? null : a - b);

const investmentColumns = [
  'expenditureLimit',
  'accumulatedOutcome',
  'accumulatedDeviation',
  'budget',
  'outcome',
  'deviation',
] as const;
type InvestmentColumn = (typeof investmentColumns)[number];

/** The operating table's investments (net), as shown there: the same figures stated again. */
export type StatedInvestments = {
  budget: bigint | null;
  outcome: bigint | null;
  /** the investment area whose net row states them (the only one), or null for several */
  areaId?: string | null;
} | null;

export function checkInvestmentAccount(
  rows: readonly InvestmentRowWrite[],
  stated: StatedInvestments,
  tolerance: bigint,
): EconomyMismatch[] {
  const found = new Located(tolerance);
  const where = { section: 'investment_account', areaId: null, unitId: null } as const;
  const path = (index: number, column: InvestmentColumn) =>
    `investmentAccount.rows[${index}].${column}`;
  const at = (row: InvestmentRowWrite, column: InvestmentColumn) => ore(row[column]);

  // A project's deviations against its own figures; a subtotal's and the total's are sums.
  rows.forEach((row, index) => {
    if (row.kind !== 'item') return;
    found.compare(
      where,
      'investment.deviation',
      path(index, 'accumulatedDeviation'),
      minus(at(row, 'expenditureLimit'), at(row, 'accumulatedOutcome')),
      at(row, 'accumulatedDeviation'),
    );
    found.compare(
      where,
      'investment.deviation',
      path(index, 'deviation'),
      minus(at(row, 'budget'), at(row, 'outcome')),
      at(row, 'deviation'),
    );
  });

  const items = (group: InvestmentGroup) =>
    rows.filter((row) => row.kind === 'item' && row.group === group);
  const itemSum = (group: InvestmentGroup, column: InvestmentColumn) =>
    sumPresent(items(group).map((row) => at(row, column)));
  const subtotalOf = (group: InvestmentGroup) =>
    rows.findIndex((row) => row.kind === 'subtotal' && row.group === group);
  // A group's figure in the total: its printed subtotal, else its projects added up.
  const groupFigure = (group: InvestmentGroup, column: InvestmentColumn) => {
    const index = subtotalOf(group);
    return (index >= 0 ? at(rows[index]!, column) : null) ?? itemSum(group, column);
  };
  const totalAt = rows.findIndex((row) => row.kind === 'total');
  for (const column of investmentColumns) {
    for (const group of ['ongoing', 'finished'] as const) {
      const index = subtotalOf(group);
      if (index >= 0)
        found.compare(
          where,
          'investment.subtotal',
          path(index, column),
          itemSum(group, column),
          at(rows[index]!, column),
        );
    }
    if (totalAt >= 0)
      found.compare(
        where,
        'investment.total',
        path(totalAt, column),
        sumPresent([groupFigure('ongoing', column), groupFigure('finished', column)]),
        at(rows[totalAt]!, column),
      );
  }

  // The same year's figures in the operating table's investments: checked at the total.
  if (stated && totalAt >= 0)
    for (const column of ['budget', 'outcome'] as const)
      found.compare(
        where,
        'figure.stated_twice',
        path(totalAt, column),
        stated[column],
        at(rows[totalAt]!, column),
        {
          section: 'investments',
          path: `investments.net.${column}`,
          areaId: stated.areaId ?? null,
          unitId: null,
        },
      );
  return found.list;
}

const balanceColumns = ['thisYear', 'lastYear', 'change'] as const;
type BalanceColumn = (typeof balanceColumns)[number];

/**
 * The balance sheet: each change = this year − last year; a subtotal = the posts above it in its
 * section since the previous subtotal; a section's total = its subtotals (or, without any, its
 * posts); assets = equity and liabilities (R-E10), in every column.
 */
export function checkBalanceSheet(
  rows: readonly BalanceRowWrite[],
  tolerance: bigint,
): EconomyMismatch[] {
  const found = new Located(tolerance);
  const where = { section: 'balance_sheet', areaId: null, unitId: null } as const;
  const path = (index: number, column: BalanceColumn) => `balanceSheet.rows[${index}].${column}`;
  const at = (row: BalanceRowWrite, column: BalanceColumn) => ore(row[column]);

  rows.forEach((row, index) =>
    found.compare(
      where,
      'balance.change',
      path(index, 'change'),
      minus(at(row, 'thisYear'), at(row, 'lastYear')),
      at(row, 'change'),
    ),
  );

  const totals = new Map<string, number>();
  for (const section of ['assets', 'liabilities_equity'] as const) {
    const inSection = rows
      .map((row, index) => ({ row, index }))
      .filter(({ row }) => row.section === section);
    let since: { row: BalanceRowWrite; index: number }[] = [];
    const subtotals: { row: BalanceRowWrite; index: number }[] = [];
    for (const entry of inSection) {
      if (entry.row.kind === 'item') since.push(entry);
      else if (entry.row.kind === 'subtotal') {
        for (const column of balanceColumns)
          found.compare(
            where,
            'balance.subtotal',
            path(entry.index, column),
            sumPresent(since.map(({ row }) => at(row, column))),
            at(entry.row, column),
          );
        subtotals.push(entry);
        since = [];
      } else {
        const parts = subtotals.length > 0 ? [...subtotals, ...since] : since;
        for (const column of balanceColumns)
          found.compare(
            where,
            'balance.total',
            path(entry.index, column),
            sumPresent(parts.map(({ row }) => at(row, column))),
            at(entry.row, column),
          );
        totals.set(section, entry.index);
      }
    }
  }
  const assets = totals.get('assets');
  const liabilities = totals.get('liabilities_equity');
  if (assets !== undefined && liabilities !== undefined)
    for (const column of balanceColumns)
      found.compare(
        where,
        'balance.assets_equal_liabilities',
        path(liabilities, column),
        at(rows[assets]!, column),
        at(rows[liabilities]!, column),
      );
  return found.list;
}
