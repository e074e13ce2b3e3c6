import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { BalanceRowWrite, InvestmentRowWrite } from '#contracts/economy.statements.ts';
import { toMoney, toOre } from '../economy.money.ts';
import { checkBalanceSheet, checkInvestmentAccount } from './economy.checks.statements.rules.ts';

/** Amounts in tenths of mnkr. */
const mnkr = (tenths: number) => toMoney(BigInt(tenths) * 10_000_000n);
const tolerance = 10_000_000n;
const tenths = fc.integer({ min: -50_000, max: 50_000 });

type Project = { limit: number; accumulated: number; budget: number; outcome: number };
const investmentRow = (
  kind: InvestmentRowWrite['kind'],
  group: InvestmentRowWrite['group'],
  p: Project,
): InvestmentRowWrite => ({
  kind,
  group,
  name: `${kind} ${group ?? ''}`,
  expenditureLimit: mnkr(p.limit),
  accumulatedOutcome: mnkr(p.accumulated),
  accumulatedDeviation: mnkr(p.limit - p.accumulated),
  budget: mnkr(p.budget),
  outcome: mnkr(p.outcome),
  deviation: mnkr(p.budget - p.outcome),
});
const add = (ps: Project[]): Project =>
  ps.reduce(
    (sum, p) => ({
      limit: sum.limit + p.limit,
      accumulated: sum.accumulated + p.accumulated,
      budget: sum.budget + p.budget,
      outcome: sum.outcome + p.outcome,
    }),
    { limit: 0, accumulated: 0, budget: 0, outcome: 0 },
  );
const project = fc.record({ limit: tenths, accumulated: tenths, budget: tenths, outcome: tenths });

/** Ongoing and finished projects, each group's subtotal, and the total: built consistently. */
function account(ongoing: Project[], finished: Project[]): InvestmentRowWrite[] {
  return [
    ...ongoing.map((p) => investmentRow('item', 'ongoing', p)),
    investmentRow('subtotal', 'ongoing', add(ongoing)),
    ...finished.map((p) => investmentRow('item', 'finished', p)),
    investmentRow('subtotal', 'finished', add(finished)),
    investmentRow('total', null, add([...ongoing, ...finished])),
  ];
}

type Post = { thisYear: number; lastYear: number };
const balanceRow = (
  kind: BalanceRowWrite['kind'],
  section: BalanceRowWrite['section'],
  p: Post,
): BalanceRowWrite => ({
  kind,
  section,
  label: `${kind} ${section}`,
  thisYear: mnkr(p.thisYear),
  lastYear: mnkr(p.lastYear),
  change: mnkr(p.thisYear - p.lastYear),
});
const sum = (ps: Post[]): Post => ({
  thisYear: ps.reduce((s, p) => s + p.thisYear, 0),
  lastYear: ps.reduce((s, p) => s + p.lastYear, 0),
});
const post = fc.record({ thisYear: tenths, lastYear: tenths });

/** Assets in two subtotalled groups; equity and liabilities balancing them with a last post. */
function balance(fixed: Post[], current: Post[], equity: Post[]): BalanceRowWrite[] {
  const assets = sum([...fixed, ...current]);
  const rest = sum(equity);
  const liabilities = {
    thisYear: assets.thisYear - rest.thisYear,
    lastYear: assets.lastYear - rest.lastYear,
  };
  return [
    ...fixed.map((p) => balanceRow('item', 'assets', p)),
    balanceRow('subtotal', 'assets', sum(fixed)),
    ...current.map((p) => balanceRow('item', 'assets', p)),
    balanceRow('subtotal', 'assets', sum(current)),
    balanceRow('total', 'assets', assets),
    ...equity.map((p) => balanceRow('item', 'liabilities_equity', p)),
    balanceRow('item', 'liabilities_equity', liabilities),
    balanceRow('total', 'liabilities_equity', assets),
  ];
}

const changed = <T extends object>(rows: T[], index: number, column: keyof T, by: number) =>
  rows.map((row, i) =>
    i === index
      ? { ...row, [column]: toMoney(toOre(row[column] as string) + BigInt(by) * 10_000_000n) }
      : row,
  );

describe('the investment account’s checks', () => {
  const projects = fc.array(project, { minLength: 1, maxLength: 4 });

  test('an account built consistently gives no finding', () => {
    fc.assert(
      fc.property(projects, projects, (ongoing, finished) => {
        expect(checkInvestmentAccount(account(ongoing, finished), null, tolerance)).toEqual([]);
      }),
    );
  });

  test('a single printed figure changed is named by exactly one finding, with its numbers', () => {
    const columns = [
      'expenditureLimit',
      'accumulatedOutcome',
      'accumulatedDeviation',
      'budget',
      'outcome',
      'deviation',
    ] as const;
    fc.assert(
      fc.property(
        projects,
        projects,
        fc.nat(),
        fc.constantFrom(...columns),
        fc.integer({ min: 1, max: 999 }),
        (ongoing, finished, at, column, by) => {
          const rows = account(ongoing, finished);
          const index = at % rows.length;
          const found = checkInvestmentAccount(changed(rows, index, column, by), null, tolerance);
          const path = `investmentAccount.rows[${index}].${column}`;
          const naming = found.filter((m) => m.path === path);
          // a project's figure is named by its row's deviation or by its subtotal instead
          if (rows[index]!.kind !== 'item' || column.endsWith('eviation'))
            expect(naming).toHaveLength(1);
          expect(found.length).toBeGreaterThan(0);
          for (const m of found) expect(toOre(m.difference) === 0n).toBe(false);
        },
      ),
    );
  });

  test('the total is checked against the operating table’s investments, which state it again', () => {
    const rows = account([{ limit: 100, accumulated: 60, budget: 20, outcome: 15 }], []);
    const found = checkInvestmentAccount(
      rows,
      { budget: 200_000_000n, outcome: 160_000_000n },
      tolerance,
    );
    expect(found.map((m) => [m.code, m.path, m.expected, m.printed])).toEqual([
      ['figure.stated_twice', 'investmentAccount.rows[3].outcome', '1600000.00', '1500000.00'],
    ]);
    // the finding is at the account's total and names the operating table's investments too
    expect(found[0]).toMatchObject({
      section: 'investment_account',
      also: { section: 'investments', path: 'investments.net.outcome', areaId: null },
    });
    const single = checkInvestmentAccount(
      rows,
      { budget: 200_000_000n, outcome: 160_000_000n, areaId: 'area-investments' },
      tolerance,
    );
    expect(single[0]!.also).toMatchObject({ areaId: 'area-investments' });
  });
});

describe('the balance sheet’s checks', () => {
  const posts = fc.array(post, { minLength: 1, maxLength: 3 });

  test('a balance sheet built consistently gives no finding (R-E10)', () => {
    fc.assert(
      fc.property(posts, posts, posts, (fixed, current, equity) => {
        expect(checkBalanceSheet(balance(fixed, current, equity), tolerance)).toEqual([]);
      }),
    );
  });

  test('a single printed figure changed gives findings, one of them naming it, with its numbers', () => {
    fc.assert(
      fc.property(
        posts,
        posts,
        posts,
        fc.nat(),
        fc.constantFrom('thisYear', 'lastYear', 'change'),
        fc.integer({ min: 1, max: 999 }),
        (fixed, current, equity, at, column, by) => {
          const rows = balance(fixed, current, equity);
          const index = at % rows.length;
          const found = checkBalanceSheet(
            changed(rows, index, column as keyof BalanceRowWrite, by),
            tolerance,
          );
          expect(found.length).toBeGreaterThan(0);
          const path = `balanceSheet.rows[${index}].${column}`;
          if (rows[index]!.kind !== 'item' || column === 'change')
            expect(found.some((m) => m.path === path)).toBe(true);
        },
      ),
    );
  });

  test('R-E10’s illustrative figures in kr balance, and a total off by one öre is named', () => {
    const kr = (value: string) => value;
    const rows: BalanceRowWrite[] = [
      {
        kind: 'total',
        section: 'assets',
        label: 'Summa tillgångar',
        thisYear: kr('12480356.20'),
        lastYear: kr('11902118.60'),
        change: kr('578237.60'),
      },
      {
        kind: 'item',
        section: 'liabilities_equity',
        label: 'Skulder',
        thisYear: kr('3115902.45'),
        lastYear: kr('2841530.10'),
        change: kr('274372.35'),
      },
      {
        kind: 'item',
        section: 'liabilities_equity',
        label: 'Eget kapital',
        thisYear: kr('9364453.75'),
        lastYear: kr('9060588.50'),
        change: kr('303865.25'),
      },
      {
        kind: 'total',
        section: 'liabilities_equity',
        label: 'Summa eget kapital och skulder',
        thisYear: kr('12480356.21'),
        lastYear: kr('11902118.60'),
        change: kr('578237.60'),
      },
    ];
    const found = checkBalanceSheet(rows, 1n);
    expect(found.map((m) => [m.code, m.path, m.expected, m.printed])).toEqual([
      ['balance.change', 'balanceSheet.rows[3].change', '578237.61', '578237.60'],
      ['balance.total', 'balanceSheet.rows[3].thisYear', '12480356.20', '12480356.21'],
      [
        'balance.assets_equal_liabilities',
        'balanceSheet.rows[3].thisYear',
        '12480356.20',
        '12480356.21',
      ],
    ]);
  });
});
