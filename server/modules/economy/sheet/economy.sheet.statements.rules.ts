import type { DisplayUnit, YearComparison } from '#contracts/economy.ts';
import type {
  BalanceRowWrite,
  BalanceSection,
  InvestmentGroup,
  InvestmentRowWrite,
  StatementRowKind,
} from '#contracts/economy.statements.ts';
import { norm, type Problems } from './economy.sheet.cells.rules.ts';
import { columnsOf, dataRows, locate } from './economy.sheet.read.funds.rules.ts';
import { amountCell, type Sheet } from './economy.sheet.rules.ts';
import { META } from './economy.sheet.words.ts';

/**
 * The sheets "Investeringsredovisning" and "Balansräkning" of a workbook: the investment account
 * per project and the balance sheet, row by row as printed (a CSV file has neither; a workbook
 * without them leaves what is stored alone). Pure.
 */

export const STATEMENT_SHEETS = {
  investments: 'Investeringsredovisning',
  balance: 'Balansräkning',
  yearComparison: 'Jämförelse mellan åren',
};

/**
 * Nämndens utfall: Bokslut <år> · Bokslut <år−1> · Differens mellan åren of Summa drift, as
 * Rödtråd computes it (R-E6); written for reading, never read back.
 */
export function yearComparisonSheet(
  year: number,
  unit: DisplayUnit,
  rows: YearComparison,
): Sheet | null {
  if (!rows.some((row) => row.previousYearOutcome !== null)) return null;
  const words = { costs: 'Kostnader', revenues: 'Intäkter', net: 'Netto' };
  return {
    name: STATEMENT_SHEETS.yearComparison,
    rows: [
      [
        `Nämndens utfall (${unit})`,
        `Bokslut ${year}`,
        `Bokslut ${year - 1}`,
        'Differens mellan åren',
      ],
      ...rows.map((row) => [
        words[row.kind],
        amountCell(row.outcome, unit),
        amountCell(row.previousYearOutcome, unit),
        amountCell(row.difference, unit),
      ]),
    ],
  };
}

const GROUPS: Record<InvestmentGroup, string> = { ongoing: 'Pågående', finished: 'Avslutade' };
const SECTIONS: Record<BalanceSection, string> = {
  assets: 'Tillgångar',
  liabilities_equity: 'Eget kapital och skulder',
};
const KINDS: Record<StatementRowKind, string> = {
  item: 'Post',
  subtotal: 'Delsumma',
  total: 'Summa',
};

export const investmentHeaders = (year: number) => ({
  name: 'Projekt',
  group: 'Grupp',
  kind: 'Rad',
  expenditureLimit: 'Utgiftsram',
  accumulatedOutcome: 'Utfall sedan start',
  accumulatedDeviation: 'Avvikelse sedan start',
  budget: `Budget ${year}`,
  outcome: `Utfall ${year}`,
  deviation: `Avvikelse ${year}`,
});
export const balanceHeaders = (year: number) => ({
  label: 'Post',
  section: 'Del',
  kind: 'Rad',
  thisYear: `${year}`,
  lastYear: `${year - 1}`,
  change: 'Förändring',
});

const INVESTMENT_AMOUNTS = [
  'expenditureLimit',
  'accumulatedOutcome',
  'accumulatedDeviation',
  'budget',
  'outcome',
  'deviation',
] as const;
const BALANCE_AMOUNTS = ['thisYear', 'lastYear', 'change'] as const;

/** Both sheets, each only when there are rows (or `always`, for a template). */
export function statementSheets(
  year: number,
  unit: DisplayUnit,
  investments: readonly InvestmentRowWrite[],
  balance: readonly BalanceRowWrite[],
): Sheet[] {
  const head = (title: string): (string | null)[][] => [[title], [META.amountUnit, unit], []];
  const sheets: Sheet[] = [];
  if (investments.length > 0)
    sheets.push({
      name: STATEMENT_SHEETS.investments,
      rows: [
        ...head(`Investeringar per projekt ${year}`),
        Object.values(investmentHeaders(year)),
        ...investments.map((row) => [
          row.name,
          row.group === null ? null : GROUPS[row.group],
          KINDS[row.kind],
          ...INVESTMENT_AMOUNTS.map((column) => amountCell(row[column], unit)),
        ]),
      ],
    });
  if (balance.length > 0)
    sheets.push({
      name: STATEMENT_SHEETS.balance,
      rows: [
        ...head(`Balansräkning ${year}`),
        Object.values(balanceHeaders(year)),
        ...balance.map((row) => [
          row.label,
          SECTIONS[row.section],
          KINDS[row.kind],
          ...BALANCE_AMOUNTS.map((column) => amountCell(row[column], unit)),
        ]),
      ],
    });
  return sheets;
}

const lookup = <K extends string>(labels: Record<K, string>) =>
  new Map((Object.entries(labels) as [K, string][]).map(([key, label]) => [norm(label), key]));
const GROUP_OF = lookup(GROUPS);
const SECTION_OF = lookup(SECTIONS);
const KIND_OF = lookup(KINDS);

/** The investment account's sheet; null when the workbook has none. */
export function readInvestmentSheet(
  sheets: readonly Sheet[],
  year: number,
  fallbackUnit: DisplayUnit,
  problems: Problems,
): InvestmentRowWrite[] | null {
  const h = investmentHeaders(year);
  const located = locate(sheets, STATEMENT_SHEETS.investments, h.name, fallbackUnit, problems);
  if (!located) return null;
  const columns = columnsOf<keyof typeof h>(located, h, ['name', 'kind'], problems);
  const rows: InvestmentRowWrite[] = [];
  for (const { text, amount, fail } of dataRows(located, columns, problems)) {
    const name = text('name');
    const kind = KIND_OF.get(norm(text('kind') ?? ''));
    const groupText = text('group');
    const group = groupText === null ? null : (GROUP_OF.get(norm(groupText)) ?? undefined);
    if (name === null) fail('name', h.name, 'namnet saknas');
    if (!kind) fail('kind', h.kind, `ska vara ${Object.values(KINDS).join(', ')}`);
    if (group === undefined)
      fail('group', h.group, `ska vara ${Object.values(GROUPS).join(' eller ')}`);
    else if (kind && (kind === 'total') !== (group === null))
      fail('group', h.group, 'ett projekt och en delsumma har en grupp, totalen ingen');
    const amounts = Object.fromEntries(
      INVESTMENT_AMOUNTS.map((column) => [column, amount(column, h[column])]),
    ) as Pick<InvestmentRowWrite, (typeof INVESTMENT_AMOUNTS)[number]>;
    if (name !== null && kind && group !== undefined) rows.push({ kind, group, name, ...amounts });
  }
  return rows;
}

/** The balance sheet's sheet; null when the workbook has none. */
export function readBalanceSheet(
  sheets: readonly Sheet[],
  year: number,
  fallbackUnit: DisplayUnit,
  problems: Problems,
): BalanceRowWrite[] | null {
  const h = balanceHeaders(year);
  const located = locate(sheets, STATEMENT_SHEETS.balance, h.label, fallbackUnit, problems);
  if (!located) return null;
  const columns = columnsOf<keyof typeof h>(located, h, ['label', 'section', 'kind'], problems);
  const rows: BalanceRowWrite[] = [];
  for (const { text, amount, fail } of dataRows(located, columns, problems)) {
    const label = text('label');
    const kind = KIND_OF.get(norm(text('kind') ?? ''));
    const section = SECTION_OF.get(norm(text('section') ?? ''));
    if (label === null) fail('label', h.label, 'posten saknas');
    if (!kind) fail('kind', h.kind, `ska vara ${Object.values(KINDS).join(', ')}`);
    if (!section) fail('section', h.section, `ska vara ${Object.values(SECTIONS).join(' eller ')}`);
    const amounts = Object.fromEntries(
      BALANCE_AMOUNTS.map((column) => [column, amount(column, h[column])]),
    ) as Pick<BalanceRowWrite, (typeof BALANCE_AMOUNTS)[number]>;
    if (label !== null && kind && section) rows.push({ kind, section, label, ...amounts });
  }
  return rows;
}
