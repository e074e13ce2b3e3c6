/**
 * The investment account, the balance-sheet analysis and the disposition rows typed on the
 * economy page in their printed layout. A draft holds each row as typed (amounts as text in the
 * table's unit); turning it into the contract's input parses every amount exactly
 * (economy.amount.ts) and names each problem by the server's path (`rows.2.outcome`), so that a
 * problem is shown at its row and column.
 */
import type { DispositionScope, EconomyView, PrintedTotalWrite } from '#contracts/economy.ts';
import { dispositionScopes } from '#contracts/economy.ts';
import type {
  BalanceRowWrite,
  BalanceSection,
  BalanceSheetInput,
  InvestmentAccountInput,
  InvestmentGroup,
  InvestmentRowWrite,
  StatementRowKind,
} from '#contracts/economy.statements.ts';
import type { MoneyUnit } from '#web/lib/money.ts';
import { amountInput, parseAmount } from './economy.amount.ts';
import { rowKey, type FormProblem, type Prepared } from './economy.forms.ts';

export const investmentColumns = [
  'expenditureLimit',
  'accumulatedOutcome',
  'accumulatedDeviation',
  'budget',
  'outcome',
  'deviation',
] as const;
export type InvestmentColumn = (typeof investmentColumns)[number];
export const balanceColumns = ['thisYear', 'lastYear', 'change'] as const;
export type BalanceColumn = (typeof balanceColumns)[number];

export type GridRow<C extends string> = {
  /** a key for React that survives removing rows above */
  key: string;
  kind: StatementRowKind;
  name: string;
  amounts: Record<C, string>;
};
export type InvestmentDraftRow = GridRow<InvestmentColumn> & { group: InvestmentGroup | null };
export type BalanceDraftRow = GridRow<BalanceColumn> & { section: BalanceSection };

const textsOf = <C extends string>(
  columns: readonly C[],
  row: Record<C, string | null>,
  unit: MoneyUnit,
) => Object.fromEntries(columns.map((c) => [c, amountInput(row[c], unit)])) as Record<C, string>;

const blank = <C extends string>(columns: readonly C[]) =>
  Object.fromEntries(columns.map((c) => [c, ''])) as Record<C, string>;

export const investmentDraft = (
  rows: readonly InvestmentRowWrite[],
  unit: MoneyUnit,
): InvestmentDraftRow[] =>
  rows.map((row) => ({
    key: rowKey(),
    kind: row.kind,
    group: row.group,
    name: row.name,
    amounts: textsOf(investmentColumns, row, unit),
  }));

export const balanceDraft = (
  rows: readonly BalanceRowWrite[],
  unit: MoneyUnit,
): BalanceDraftRow[] =>
  rows.map((row) => ({
    key: rowKey(),
    kind: row.kind,
    section: row.section,
    name: row.label,
    amounts: textsOf(balanceColumns, row, unit),
  }));

export const emptyInvestmentRow = (
  kind: StatementRowKind = 'item',
  group: InvestmentGroup | null = 'ongoing',
): InvestmentDraftRow => ({
  key: rowKey(),
  kind,
  group: kind === 'total' ? null : group,
  name: '',
  amounts: blank(investmentColumns),
});

export const emptyBalanceRow = (
  kind: StatementRowKind = 'item',
  section: BalanceSection = 'assets',
): BalanceDraftRow => ({ key: rowKey(), kind, section, name: '', amounts: blank(balanceColumns) });

/** Whether two drafts say the same (row keys aside). */
export const sameRows = <R extends { key: string }>(a: readonly R[], b: readonly R[]): boolean =>
  a.length === b.length &&
  a.every((row, i) => {
    const { key: _a, ...x } = row;
    const { key: _b, ...y } = b[i]!;
    return JSON.stringify(x) === JSON.stringify(y);
  });

/** The path of a cell, as the server names it. */
export const cellPath = (index: number, column: string) => `rows.${index}.${column}`;

function parseRow<C extends string>(
  row: GridRow<C>,
  index: number,
  columns: readonly C[],
  unit: MoneyUnit,
  problems: FormProblem[],
): Record<C, string | null> {
  if (row.name.trim() === '') problems.push({ path: cellPath(index, 'name'), problem: 'required' });
  const parsed = {} as Record<C, string | null>;
  for (const column of columns) {
    const amount = parseAmount(row.amounts[column], unit);
    if (amount.kind === 'problem')
      problems.push({ path: cellPath(index, column), problem: amount.problem });
    parsed[column] = amount.kind === 'amount' ? amount.kronor : null;
  }
  return parsed;
}

const prepared = <I>(problems: FormProblem[], input: I): Prepared<I> =>
  problems.length > 0 ? { kind: 'problems', problems } : { kind: 'input', input };

export function investmentInputOf(
  draft: readonly InvestmentDraftRow[],
  unit: MoneyUnit,
  version: number,
): Prepared<InvestmentAccountInput> {
  const problems: FormProblem[] = [];
  const rows = draft.map((row, index) => ({
    kind: row.kind,
    // the total names no group; a project and a subtotal name theirs
    group: row.kind === 'total' ? null : (row.group ?? 'ongoing'),
    name: row.name.trim(),
    ...parseRow(row, index, investmentColumns, unit, problems),
  }));
  return prepared(problems, { rows, version });
}

export function balanceInputOf(
  draft: readonly BalanceDraftRow[],
  unit: MoneyUnit,
  version: number,
): Prepared<BalanceSheetInput> {
  const problems: FormProblem[] = [];
  const rows = draft.map((row, index) => ({
    kind: row.kind,
    section: row.section,
    label: row.name.trim(),
    ...parseRow(row, index, balanceColumns, unit, problems),
  }));
  return prepared(problems, { rows, version });
}

// ── Resultat före … efter bokslutsdisposition ────────────────────────────────────────────────

export const dispositionColumns = [
  'adjustedBudget',
  'outcome',
  'deviation',
  'previousYearOutcome',
] as const;
export type DispositionColumn = (typeof dispositionColumns)[number];
export type DispositionDraft = Record<DispositionScope, Record<DispositionColumn, string>>;

const storedDisposition = (view: EconomyView, scope: DispositionScope) =>
  view.printedTotals.find((total) => total.scope === scope && total.kind === 'net') ?? null;

export function dispositionDraft(view: EconomyView, unit: MoneyUnit): DispositionDraft {
  return Object.fromEntries(
    dispositionScopes.map((scope) => {
      const stored = storedDisposition(view, scope);
      return [
        scope,
        Object.fromEntries(
          dispositionColumns.map((c) => [c, amountInput(stored?.[c] ?? null, unit)]),
        ),
      ];
    }),
  ) as DispositionDraft;
}

/** The rows' versions added up: it changes whenever any of them is saved. */
export const dispositionVersion = (view: EconomyView): number =>
  dispositionScopes.reduce((sum, scope) => sum + (storedDisposition(view, scope)?.version ?? 0), 0);

export const sameDisposition = (a: DispositionDraft, b: DispositionDraft): boolean =>
  JSON.stringify(a) === JSON.stringify(b);

export const dispositionPath = (scope: DispositionScope, column: DispositionColumn) =>
  `disposition.${scope}.${column}`;

/**
 * The printed rows to write: every row typed or stored before (a stored row emptied is written
 * empty), each with the version `versionOf` gives.
 */
export function dispositionInputOf(
  draft: DispositionDraft,
  view: EconomyView,
  unit: MoneyUnit,
  versionOf: (scope: DispositionScope) => number,
): Prepared<PrintedTotalWrite[]> {
  const problems: FormProblem[] = [];
  const rows = dispositionScopes.flatMap((scope): PrintedTotalWrite[] => {
    const typed = draft[scope];
    const amounts = {} as Record<DispositionColumn, string | null>;
    for (const column of dispositionColumns) {
      const amount = parseAmount(typed[column], unit);
      if (amount.kind === 'problem')
        problems.push({ path: dispositionPath(scope, column), problem: amount.problem });
      amounts[column] = amount.kind === 'amount' ? amount.kronor : null;
    }
    const anything = dispositionColumns.some((c) => typed[c].trim() !== '');
    if (!anything && storedDisposition(view, scope) === null) return [];
    return [
      {
        scope,
        kind: 'net',
        originalBudget: storedDisposition(view, scope)?.originalBudget ?? null,
        ...amounts,
        version: versionOf(scope),
      },
    ];
  });
  return prepared(problems, rows);
}
