import {
  dispositionScopes,
  type ComputedLine,
  type DispositionScope,
  type EconomyFigures,
  type EconomyMismatch,
  type EconomyView,
  type LineAnalysisView,
  type LineKind,
  type MismatchPlaceRef,
} from '#contracts/economy.ts';

/**
 * A unit's economy laid out as the annual report prints it (KS 2015's "Stadsledningskontoret"
 * table): each operating area with its Kostnader, Intäkter and Netto rows, Summa drift, the
 * investments, Totalt netto inkl investeringar, then the large projects that are in no total.
 * Every consistency finding (`mismatches`) is placed on the row and column it concerns, so the
 * table can flag the very cell.
 */

/** A column of the table that a finding can point at. */
export type FlagColumn =
  'budget' | 'outcome' | 'deviation' | 'previousYearOutcome' | 'originalBudget';

/** Which row of the table a finding belongs to, or the fund or carry-over it concerns. */
export type MismatchPlace =
  | { on: 'row'; row: string; column: FlagColumn | null }
  | { on: 'fund'; unitId: string | null }
  | { on: 'carry_over'; request: number | null }
  | { on: 'disposition'; row: DispositionScope; column: FlagColumn | null }
  | { on: 'statement'; table: 'investment_account' | 'balance_sheet'; row: number | null };

export type Flag = { index: number; mismatch: EconomyMismatch; column: FlagColumn | null };

export type TableRow = {
  key: string;
  kind: LineKind;
  figures: EconomyFigures;
  computed: LineAnalysisView;
  /** the findings on this row, with their number in the list of all findings */
  flags: Flag[];
};

export type GroupKind = 'operating' | 'operating_total' | 'investment' | 'including' | 'project';

export type TableGroup = {
  key: string;
  kind: GroupKind;
  /** the area's name; null for the totals, whose names are the UI's */
  name: string | null;
  /** the name of the area this "Varav" sub-row is part of */
  partOfName: string | null;
  description: string;
  rows: TableRow[];
};

const rowKey = {
  area: (areaId: string, kind: LineKind) => `area:${areaId}:${kind}`,
  operating: (kind: LineKind) => `operating:${kind}`,
  including: 'including:net',
  /** the investments together: the table prints no row of their sum, only their areas */
  investments: 'investments',
};

const KINDS: readonly LineKind[] = ['costs', 'revenues', 'net'];
const COLUMNS: readonly FlagColumn[] = [
  'budget',
  'outcome',
  'deviation',
  'previousYearOutcome',
  'originalBudget',
];

const asKind = (segment: string | undefined): LineKind | null =>
  KINDS.find((kind) => kind === segment) ?? null;
const asColumn = (segment: string | undefined): FlagColumn | null =>
  COLUMNS.find((column) => column === segment) ?? null;

/**
 * Where a finding sits, from its `section`, `areaId` and `path` (the paths of the server's
 * checks: `rows[3].net.deviation`, `investments.costs.budget`, `totals.revenues.outcome`,
 * `totalInclInvestments.deviation`, `resultFunds[0].closing`, `carryOver.requests[2].amount`).
 */
export function placeMismatch(mismatch: MismatchPlaceRef): MismatchPlace {
  const segments = mismatch.path.split('.');
  switch (mismatch.section) {
    case 'area':
    case 'investments': {
      const kind = asKind(segments[1]) ?? 'net';
      if (mismatch.areaId)
        return {
          on: 'row',
          row: rowKey.area(mismatch.areaId, kind),
          column: asColumn(segments[2]),
        };
      return mismatch.section === 'investments'
        ? { on: 'row', row: rowKey.investments, column: asColumn(segments[2]) }
        : { on: 'row', row: rowKey.operating(kind), column: null };
    }
    case 'operating_total':
      return {
        on: 'row',
        row: rowKey.operating(asKind(segments[1]) ?? 'net'),
        column: asColumn(segments[2]),
      };
    case 'including_investments':
      return { on: 'row', row: rowKey.including, column: asColumn(segments[1]) };
    case 'result_fund':
      return { on: 'fund', unitId: mismatch.unitId };
    case 'carry_over': {
      const match = /requests\[(\d+)\]/.exec(mismatch.path);
      return { on: 'carry_over', request: match ? Number(match[1]) : null };
    }
    case 'disposition':
      return {
        on: 'disposition',
        row:
          dispositionScopes.find((scope) => scope === segments[1]) ?? 'result_before_disposition',
        column: asColumn(segments[2]),
      };
    case 'investment_account':
    case 'balance_sheet': {
      const match = /rows\[(\d+)\]/.exec(mismatch.path);
      return { on: 'statement', table: mismatch.section, row: match ? Number(match[1]) : null };
    }
  }
}

/**
 * The id of the element of the economy page a place is at (a row of the table, a fund, the
 * carry-overs, a disposition row, a row of the investment account or balance sheet), so that a
 * finding can link to each place its figure is stated.
 */
export function placeAnchor(place: MismatchPlace): string {
  switch (place.on) {
    case 'row':
      return `economy-at-${place.row.replaceAll(':', '-')}`;
    case 'fund':
      return `economy-at-fund-${place.unitId ?? 'unit'}`;
    case 'carry_over':
      return place.request === null
        ? 'economy-at-carry-overs'
        : `economy-at-carry-over-${place.request + 1}`;
    case 'disposition':
      return `economy-at-disposition-${place.row}`;
    case 'statement':
      return place.row === null
        ? `economy-at-${place.table}`
        : `economy-at-${place.table}-${place.row + 1}`;
  }
}

/** The anchors of a finding: where it is flagged and, across tables, where it is stated too. */
export const findingAnchors = (mismatch: EconomyMismatch): string[] => [
  placeAnchor(placeMismatch(mismatch)),
  ...(mismatch.also ? [placeAnchor(placeMismatch(mismatch.also))] : []),
];

/** The anchor of a row of the table (its `key`), of the investments (their first area). */
export const rowAnchor = (key: string) => placeAnchor({ on: 'row', row: key, column: null });
export const investmentsAnchor = rowAnchor(rowKey.investments);

/** The findings placed on each row of the table, keyed by row. */
function flagsByRow(mismatches: readonly EconomyMismatch[]): Map<string, Flag[]> {
  const byRow = new Map<string, Flag[]>();
  mismatches.forEach((mismatch, index) => {
    const place = placeMismatch(mismatch);
    if (place.on !== 'row') return;
    const list = byRow.get(place.row) ?? [];
    list.push({ index, mismatch, column: place.column });
    byRow.set(place.row, list);
  });
  return byRow;
}

/** The groups of rows of the table, in print order, with each finding on its row. */
export function tableGroups(view: EconomyView): TableGroup[] {
  const flags = flagsByRow(view.mismatches);
  const names = new Map(view.areas.map((area) => [area.id, area.name]));
  const line = (key: string, kind: LineKind, source: ComputedLine): TableRow => ({
    key,
    kind,
    figures: source.figures,
    computed: source.computed,
    flags: flags.get(key) ?? [],
  });
  const areaGroup = (kind: GroupKind) => (area: EconomyView['areas'][number]) => ({
    key: `area:${area.id}`,
    kind,
    name: area.name,
    partOfName: area.partOf ? (names.get(area.partOf) ?? null) : null,
    description: area.description,
    rows: KINDS.map((k) => line(rowKey.area(area.id, k), k, area.lines[k])),
  });
  const ofKind = (kind: EconomyView['areas'][number]['kind']) =>
    view.areas.filter((area) => area.kind === kind);

  const operating = ofKind('operating');
  const investments = ofKind('investment');
  const projects = ofKind('large_project');
  const groups: TableGroup[] = operating.map(areaGroup('operating'));
  if (operating.length > 0)
    groups.push({
      key: 'operating',
      kind: 'operating_total',
      name: null,
      partOfName: null,
      description: '',
      rows: KINDS.map((k) => line(rowKey.operating(k), k, view.totals.operating[k])),
    });
  groups.push(...investments.map(areaGroup('investment')));
  if (investments.length > 0 || flags.has(rowKey.including))
    groups.push({
      key: 'including',
      kind: 'including',
      name: null,
      partOfName: null,
      description: '',
      rows: [line(rowKey.including, 'net', view.totals.includingInvestments)],
    });
  // Large projects are in no total; a project with no figures is only a text (largeProjects).
  groups.push(...projects.map(areaGroup('project')).filter((group) => group.rows.some(hasFigures)));
  return groups;
}

const hasFigures = (row: TableRow) =>
  row.figures.originalBudget !== null ||
  row.figures.adjustedBudget !== null ||
  row.figures.outcome !== null ||
  row.figures.previousYearOutcome !== null ||
  row.figures.forecasts.length > 0;

/** The large projects that are not investments, with their texts (stora projekt). */
export const largeProjects = (view: EconomyView) =>
  view.areas.filter((area) => area.kind === 'large_project');

/** The forecast of a period (T1, T2 …), or null. */
export const forecastOf = (figures: EconomyFigures, period: string): string | null =>
  figures.forecasts.find((f) => f.period === period)?.amount ?? null;

/** The findings on a row that point at the column (or at no column, on the deviation). */
export function flagsAt(row: TableRow, column: FlagColumn): Flag[] {
  return row.flags.filter(
    (flag) => flag.column === column || (flag.column === null && column === 'deviation'),
  );
}

/** Which budget column a finding about "the budget" means: the one the row was compared with. */
export const budgetColumnOf = (row: TableRow): 'adjustedBudget' | 'originalBudget' =>
  row.computed.base ?? 'adjustedBudget';
