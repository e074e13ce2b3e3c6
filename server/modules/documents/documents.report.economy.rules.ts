import type { ChapterKind } from '#contracts/reports.ts';
import type {
  ComputedLine,
  EconomyAreaView,
  EconomyView,
  LineKind,
  PrintedTotal,
} from '#contracts/economy.ts';
import type { StatementsView } from '#contracts/economy.statements.ts';
import { lineKinds } from '#contracts/economy.ts';
import { bookedOn, formatAmount, orMissing, type MoneyShape } from './documents.format.ts';
import { paragraph, type Block, type Table, type TableRow } from './documents.model.ts';
import { words } from './documents.words.ts';

/**
 * The economy chapters' tables as the annual report prints them (domain.md §4.2 section 4, §4.3):
 * the operating table, the year comparison, the result per business area with its dispositions,
 * the result units' funds, the investment account, the carry-over requests and the balance
 * sheet. A printed figure is shown as printed (a printed deviation or total is never replaced by
 * the computed one); where nothing was printed the computed figure stands. Pure.
 */

export type EconomyData = { view: EconomyView; statements: StatementsView };

const W = words.economy;

const table = (caption: string, head: string[], body: TableRow[]): Table => ({
  kind: 'table',
  caption,
  head: [head],
  body,
  align: head.map((_, i) => (i === 0 ? 'left' : 'right')),
  rowHeaders: true,
});

const group = (name: string, width: number): TableRow => ({
  role: 'group',
  cells: [name, ...Array<string>(width - 1).fill('')],
});

const shapeOf = (view: EconomyView): MoneyShape => ({
  unit: view.settings.unit,
  decimals: view.settings.decimals,
});

const titleOf = (view: EconomyView) => view.settings.title.trim() || view.unit.name;

/** Budget (adjusted when there is one), booked outcome, deviation: a line as printed. */
function operatingRow(label: string, line: EconomyAreaView['lines'][LineKind], shape: MoneyShape) {
  return [
    label,
    formatAmount(line.computed.budget, shape),
    formatAmount(line.figures.outcome, shape),
    formatAmount(line.stored?.printedDeviation ?? line.computed.deviation, shape),
  ];
}

/** A total row: the printed total where the table printed one, else the computed. */
function totalRow(
  label: string,
  printed: PrintedTotal | undefined,
  computed: ComputedLine,
  shape: MoneyShape,
) {
  const budget = printed
    ? (printed.adjustedBudget ?? printed.originalBudget)
    : computed.computed.budget;
  return [
    label,
    formatAmount(budget ?? computed.computed.budget, shape),
    formatAmount(printed?.outcome ?? computed.figures.outcome, shape),
    formatAmount(printed?.deviation ?? computed.computed.deviation, shape),
  ];
}

const operatingAreas = (view: EconomyView) => view.areas.filter((a) => a.kind === 'operating');

export function operatingTable(view: EconomyView): Table {
  const shape = shapeOf(view);
  const printed = (scope: PrintedTotal['scope'], kind: LineKind) =>
    view.printedTotals.find((t) => t.scope === scope && t.kind === kind);
  const areaRows = (areas: EconomyAreaView[]): TableRow[] =>
    areas.flatMap((area) => [
      group(area.name, 4),
      ...lineKinds.map((kind) => ({
        role: 'body' as const,
        cells: operatingRow(W.kinds[kind], area.lines[kind], shape),
      })),
    ]);
  const investments = view.areas.filter((a) => a.kind === 'investment');
  const body: TableRow[] = [
    ...areaRows(operatingAreas(view)),
    group(W.operatingTotal, 4),
    ...lineKinds.map((kind) => ({
      role: 'sum' as const,
      cells: totalRow(W.sums[kind], printed('operating', kind), view.totals.operating[kind], shape),
    })),
    ...(investments.length > 0
      ? [
          group(W.investments, 4),
          ...lineKinds.map((kind) => ({
            role: 'body' as const,
            cells: totalRow(W.kinds[kind], undefined, view.totals.investments[kind], shape),
          })),
        ]
      : []),
    {
      role: 'sum',
      cells: totalRow(
        W.including,
        printed('including_investments', 'net'),
        view.totals.includingInvestments,
        shape,
      ),
    },
  ];
  return table(
    W.operatingCaption(titleOf(view), view.year, view.settings.unit),
    [
      `${titleOf(view)} (${view.settings.unit})`,
      W.adjustedBudget(view.year),
      bookedOn(`${view.year}-12-31`),
      W.deviation,
    ],
    body,
  );
}

export function yearComparisonTable(view: EconomyView): Table {
  const shape = shapeOf(view);
  const head = [
    W.yearComparison(view.settings.unit),
    W.closedBooks(view.year),
    W.closedBooks(view.year - 1),
    W.difference,
  ];
  return table(
    head[0]!,
    head,
    view.yearComparison.map((row) => ({
      role: 'body',
      cells: [
        W.kinds[row.kind],
        formatAmount(row.outcome, shape),
        formatAmount(row.previousYearOutcome, shape),
        formatAmount(row.difference, shape),
      ],
    })),
  );
}

export function resultPerAreaTable(view: EconomyView): Table {
  const shape = shapeOf(view);
  const areas = operatingAreas(view);
  const row = (label: string, line: ComputedLine, role: TableRow['role']): TableRow => ({
    role,
    cells: [
      label,
      formatAmount(line.computed.budget, shape),
      formatAmount(line.figures.outcome, shape),
      formatAmount(line.computed.deviation, shape),
      formatAmount(line.figures.previousYearOutcome, shape),
    ],
  });
  const block = (kind: 'costs' | 'revenues') => [
    group(W.kinds[kind], 5),
    ...areas
      .filter((a) => kind === 'costs' || a.lines.revenues.figures.outcome !== null)
      .map((a) => row(a.partOf ? `Varav ${a.name}` : a.name, a.lines[kind], 'body')),
    row(W.sums[kind], view.totals.operating[kind], 'sum'),
  ];
  const dispositions = view.disposition
    .filter((d) =>
      [d.budget, d.outcome, d.deviation, d.previousYearOutcome].some(
        (c) => c.printed ?? c.computed,
      ),
    )
    .map((d): TableRow => ({
      role: 'sum',
      cells: [
        W.disposition[d.scope](view.year + 1),
        ...[d.budget, d.outcome, d.deviation, d.previousYearOutcome].map((c) =>
          formatAmount(c.printed ?? c.computed, shape),
        ),
      ],
    }));
  const head = [
    W.perArea(view.settings.unit),
    W.budget(view.year),
    W.closedBooks(view.year),
    W.budgetDeviation(view.year),
    W.closedBooks(view.year - 1),
  ];
  return table(head[0]!, head, [...block('costs'), ...block('revenues'), ...dispositions]);
}

export function resultFundsTable(view: EconomyView): Table {
  const shape = shapeOf(view);
  const F = W.funds;
  return table(
    F.caption(view.year),
    [F.unit, F.opening, F.surplus, F.used, F.closing],
    view.resultFunds.map((fund) => ({
      role: 'body',
      cells: [
        fund.unitName,
        formatAmount(fund.opening, shape),
        formatAmount(fund.surplusOwnAction, shape),
        formatAmount(fund.used, shape),
        formatAmount(fund.closing ?? fund.computedClosing, shape),
      ],
    })),
  );
}

export function carryOverTable(view: EconomyView): Table {
  const shape = shapeOf(view);
  const C = W.carryOvers;
  const { requests, printedTotal, total } = view.carryOvers;
  return table(
    C.caption(view.year + 1),
    [C.purpose, C.category, C.amount(view.settings.unit), C.decision],
    [
      ...requests.map((r): TableRow => ({
        role: 'body',
        cells: [
          r.purpose,
          C.categories[r.category],
          formatAmount(r.amount, shape),
          orMissing(r.decisionRef),
        ],
      })),
      { role: 'sum', cells: [C.total, '', formatAmount(printedTotal ?? total, shape), ''] },
    ],
  );
}

const statementRole = (kind: 'item' | 'subtotal' | 'total'): TableRow['role'] =>
  kind === 'item' ? 'body' : 'sum';

export function investmentAccountTable(view: EconomyView, statements: StatementsView): Table {
  const shape = shapeOf(view);
  const I = W.investmentAccount;
  const rows = statements.investmentAccount.rows;
  const body: TableRow[] = [];
  let current: string | null = null;
  for (const row of rows) {
    if (row.group && row.group !== current) {
      current = row.group;
      body.push(group(I[row.group], 7));
    }
    body.push({
      role: statementRole(row.kind),
      cells: [
        row.name,
        ...[
          row.expenditureLimit,
          row.accumulatedOutcome,
          row.accumulatedDeviation,
          row.budget,
          row.outcome,
          row.deviation,
        ].map((v) => formatAmount(v, shape)),
      ],
    });
  }
  return table(
    I.caption(view.year),
    [
      I.project,
      I.limit,
      I.accumulatedOutcome,
      I.accumulatedDeviation,
      W.budget(view.year),
      W.closedBooks(view.year),
      words.activities.deviation,
    ],
    body,
  );
}

export function balanceSheetTable(view: EconomyView, statements: StatementsView): Table {
  const shape = shapeOf(view);
  const B = W.balance;
  const body: TableRow[] = [];
  let current: string | null = null;
  for (const row of statements.balanceSheet.rows) {
    if (row.section !== current) {
      current = row.section;
      body.push(group(B[row.section], 4));
    }
    body.push({
      role: statementRole(row.kind),
      cells: [
        row.label,
        ...[row.thisYear, row.lastYear, row.change].map((v) => formatAmount(v, shape)),
      ],
    });
  }
  return table(
    B.caption(view.year),
    [B.post, String(view.year), String(view.year - 1), B.change],
    body,
  );
}

/**
 * The tables an economy chapter prints, with a line naming the unit of the amounts; none where
 * the unit has nothing of the kind (the chapter's text, or "Uppgift saknas", stands alone). The
 * analysis of the operating budget (4.1, "narrative + table") carries the operating table and
 * the year comparison when the template has no chapter of their own (`kinds`: the template's).
 */
export function economyBlocks(
  kind: ChapterKind,
  { view, statements }: EconomyData,
  kinds: ReadonlySet<ChapterKind>,
): Block[] {
  const operating = () => (view.areas.length > 0 ? [operatingTable(view)] : []);
  const comparison = () =>
    view.yearComparison.some((r) => r.previousYearOutcome !== null)
      ? [yearComparisonTable(view)]
      : [];
  const tables: Table[] = (() => {
    switch (kind) {
      case 'economy_analysis':
        return [
          ...(kinds.has('economy_operating') ? [] : operating()),
          ...(kinds.has('economy_year_comparison') ? [] : comparison()),
        ];
      case 'economy_operating':
        return operating();
      case 'economy_year_comparison':
        return comparison();
      case 'economy_result_per_area':
        return operatingAreas(view).length > 0 ? [resultPerAreaTable(view)] : [];
      case 'economy_result_units':
        return view.resultFunds.length > 0 ? [resultFundsTable(view)] : [];
      case 'economy_investments':
        return statements.investmentAccount.rows.length > 0
          ? [investmentAccountTable(view, statements)]
          : [];
      case 'economy_carry_overs':
        return view.carryOvers.requests.length > 0 || view.carryOvers.printedTotal !== null
          ? [carryOverTable(view)]
          : [];
      case 'economy_balance_sheet':
        return statements.balanceSheet.rows.length > 0 ? [balanceSheetTable(view, statements)] : [];
      default:
        return [];
    }
  })();
  return tables.length > 0 ? [paragraph(W.amountsIn(view.settings.unit)), ...tables] : [];
}
