import type {
  AreaKind,
  ComputedLine,
  DisplayUnit,
  EconomyAreaView,
  EconomyFigures,
  EconomyLineView,
  EconomyMismatch,
  LineAnalysisView,
  LineKind,
  PrintedTotal,
  SignConvention,
  StoredFigures,
  YearComparison,
} from '#contracts/economy.ts';
import type { EconomyLine } from '#contracts/economy.printed.ts';
import { toMoney, toOre } from './economy.money.ts';
import {
  analyseFigures,
  deriveNet,
  figuresInOre,
  sumFigures,
  totalLines,
  type Figures,
  type LineAnalysis,
} from './economy.rules.ts';
import {
  checkStoredTable,
  kinds,
  toleranceOf,
  type AreaAmounts,
  type CheckedArea,
} from './checks/economy.checks.stored.rules.ts';
import { amountIn, checkedColumns, type LineAmounts } from './checks/economy.checks.rules.ts';

/**
 * A unit's stored economy table, computed: every area's deviations under the table's sign
 * convention, the totals (Summa drift, investments, total including investments) and every
 * printed figure that disagrees with the rest. Pure: the use case reads, this computes.
 */

export interface ViewLine {
  areaId: string;
  kind: LineKind;
  originalBudget: string | null;
  adjustedBudget: string | null;
  outcome: string | null;
  previousYearOutcome: string | null;
  printedDeviation: string | null;
  /** by period key */
  forecasts: { period: string; amount: string }[];
  version: number;
  updatedAt: string | null;
  updatedByName: string | null;
}

export interface ViewArea {
  id: string;
  name: string;
  kind: AreaKind;
  parentId: string | null;
  description: string;
}

export interface TableInput {
  convention: SignConvention;
  unit: DisplayUnit;
  decimals: number;
  /** in order */
  areas: ViewArea[];
  lines: ViewLine[];
  printedTotals: PrintedTotal[];
}

export const areaKindOrder: Record<AreaKind, number> = {
  operating: 0,
  investment: 1,
  large_project: 2,
};

const emptyFigures: EconomyFigures = {
  originalBudget: null,
  adjustedBudget: null,
  outcome: null,
  previousYearOutcome: null,
  forecasts: [],
};

const figuresOf = (line: ViewLine | undefined): EconomyFigures =>
  line
    ? {
        originalBudget: line.originalBudget,
        adjustedBudget: line.adjustedBudget,
        outcome: line.outcome,
        previousYearOutcome: line.previousYearOutcome,
        forecasts: line.forecasts,
      }
    : emptyFigures;

const storedOf = (line: ViewLine | undefined): StoredFigures | null =>
  line ? { ...figuresOf(line), printedDeviation: line.printedDeviation } : null;

const money = (value: bigint | null) => (value === null ? null : toMoney(value));

/** Figures in öre as contract figures. */
export const contractFigures = (figures: Figures): EconomyFigures => ({
  originalBudget: money(figures.originalBudget),
  adjustedBudget: money(figures.adjustedBudget),
  outcome: money(figures.outcome),
  previousYearOutcome: money(figures.previousYearOutcome),
  forecasts: [...figures.forecasts].map(([period, amount]) => ({
    period,
    amount: toMoney(amount),
  })),
});

export const analysisView = (analysis: LineAnalysis): LineAnalysisView => ({
  base: analysis.base,
  budget: money(analysis.budget),
  outcome: money(analysis.outcome),
  deviation: money(analysis.deviation),
  forecastDeviations: [...analysis.forecastDeviations].map(([period, amount]) => ({
    period,
    amount: toMoney(amount),
  })),
  yearOnYear: money(analysis.yearOnYear),
});

const computed = (kind: LineKind, figures: Figures, convention: SignConvention): ComputedLine => ({
  figures: contractFigures(figures),
  computed: analysisView(analyseFigures(kind, figures, convention)),
});

const optionalOre = (value: string | null) => (value === null ? null : toOre(value));
const baseOf = (line: { adjustedBudget: string | null; originalBudget: string | null }) =>
  optionalOre(line.adjustedBudget ?? line.originalBudget);
/** The original budget printed beside an adjusted one (else it is the base, checked as such). */
const besideAdjusted = (line: { adjustedBudget: string | null; originalBudget: string | null }) =>
  line.adjustedBudget === null ? null : optionalOre(line.originalBudget);

const extraColumns = (figures: Figures) => ({
  previousYearOutcome: figures.previousYearOutcome,
  originalBudget: figures.adjustedBudget === null ? null : figures.originalBudget,
});

/** Bokslut <år> · Bokslut <år−1> · Differens mellan åren of Summa drift (R-E6). */
export function yearComparisonOf(totals: Record<LineKind, ComputedLine>): YearComparison {
  return (['costs', 'revenues', 'net'] as const).map((kind) => {
    const { outcome, previousYearOutcome } = totals[kind].figures;
    return {
      kind,
      outcome,
      previousYearOutcome,
      difference:
        outcome === null || previousYearOutcome === null
          ? null
          : toMoney(toOre(outcome) - toOre(previousYearOutcome)),
    };
  });
}

export function computeTable(input: TableInput) {
  const { convention } = input;
  const byArea = new Map<string, Partial<Record<LineKind, ViewLine>>>();
  for (const line of input.lines)
    byArea.set(line.areaId, { ...byArea.get(line.areaId), [line.kind]: line });

  const areas: EconomyAreaView[] = [];
  const checked: CheckedArea[] = [];
  const contractLines = new Map<AreaKind, EconomyLine[]>();
  for (const area of input.areas) {
    const own = byArea.get(area.id) ?? {};
    const costs = figuresInOre(figuresOf(own.costs));
    const revenues = figuresInOre(figuresOf(own.revenues));
    const net = deriveNet(costs, revenues, convention);
    const analysis = {
      costs: analyseFigures('costs', costs, convention),
      revenues: analyseFigures('revenues', revenues, convention),
      net: analyseFigures('net', net, convention),
    };
    const lineView = (kind: LineKind, figures: EconomyFigures): EconomyLineView => ({
      kind,
      stored: storedOf(own[kind]),
      figures,
      computed: analysisView(analysis[kind]),
      version: own[kind]?.version ?? 0,
      updatedAt: own[kind]?.updatedAt ?? null,
      updatedByName: own[kind]?.updatedByName ?? null,
    });
    areas.push({
      id: area.id,
      name: area.name,
      kind: area.kind,
      partOf: area.parentId,
      description: area.description,
      lines: {
        costs: lineView('costs', figuresOf(own.costs)),
        revenues: lineView('revenues', figuresOf(own.revenues)),
        net: lineView('net', contractFigures(net)),
      },
    });
    const ofKind = contractLines.get(area.kind) ?? [];
    contractLines.set(area.kind, ofKind);
    ofKind.push({
      area: area.name,
      partOf: area.parentId,
      costs: figuresOf(own.costs),
      revenues: figuresOf(own.revenues),
      net: null,
    });

    // What the checks see: the printed figure where there is one, else the computed one.
    const ownFigures = { costs, revenues, net };
    const shownOf = (kind: LineKind) => {
      const stored = own[kind];
      const budget = (stored && baseOf(stored)) ?? analysis[kind].budget;
      const outcome = optionalOre(stored?.outcome ?? null) ?? analysis[kind].outcome;
      const printed = optionalOre(stored?.printedDeviation ?? null);
      const fallback =
        kind === 'net' && stored && budget !== null && outcome !== null
          ? budget - outcome
          : analysis[kind].deviation;
      const previousYearOutcome =
        optionalOre(stored?.previousYearOutcome ?? null) ?? ownFigures[kind].previousYearOutcome;
      const originalBudget =
        optionalOre(stored?.originalBudget ?? null) ?? ownFigures[kind].originalBudget;
      return {
        budget,
        outcome,
        deviation: printed ?? fallback,
        previousYearOutcome,
        originalBudget,
      };
    };
    const netLine = own.net;
    checked.push({
      areaId: area.id,
      kind: area.kind,
      subRow: area.parentId !== null,
      parentId: area.parentId,
      shown: { costs: shownOf('costs'), revenues: shownOf('revenues'), net: shownOf('net') },
      printed: {
        costs: {
          budget: null,
          outcome: null,
          deviation: optionalOre(own.costs?.printedDeviation ?? null),
        },
        revenues: {
          budget: null,
          outcome: null,
          deviation: optionalOre(own.revenues?.printedDeviation ?? null),
        },
        net: {
          budget: netLine ? baseOf(netLine) : null,
          outcome: optionalOre(netLine?.outcome ?? null),
          deviation: optionalOre(netLine?.printedDeviation ?? null),
          previousYearOutcome: optionalOre(netLine?.previousYearOutcome ?? null),
          originalBudget: netLine ? besideAdjusted(netLine) : null,
        },
      },
    });
  }

  const totalsOf = (kind: AreaKind) => totalLines(contractLines.get(kind) ?? [], convention);
  const operating = totalsOf('operating');
  const investments = totalsOf('investment');
  const includingInvestments = sumFigures([operating.net, investments.net]);
  const block = (totals: typeof operating) => ({
    costs: computed('costs', totals.costs, convention),
    revenues: computed('revenues', totals.revenues, convention),
    net: computed('net', totals.net, convention),
  });

  const printed = (scope: PrintedTotal['scope']): AreaAmounts | null => {
    const rows = input.printedTotals.filter((total) => total.scope === scope);
    if (rows.length === 0) return null;
    const amounts = (kind: LineKind) => {
      const row = rows.find((total) => total.kind === kind);
      return {
        budget: row ? baseOf(row) : null,
        outcome: optionalOre(row?.outcome ?? null),
        deviation: optionalOre(row?.deviation ?? null),
        previousYearOutcome: optionalOre(row?.previousYearOutcome ?? null),
        originalBudget: row ? besideAdjusted(row) : null,
      };
    };
    return { costs: amounts('costs'), revenues: amounts('revenues'), net: amounts('net') };
  };
  const computedOperating = block(operating);
  const amountsOf = (line: ComputedLine) => ({
    budget: optionalOre(line.computed.budget),
    outcome: optionalOre(line.computed.outcome),
    deviation: optionalOre(line.computed.deviation),
  });
  const mismatches: EconomyMismatch[] = checkStoredTable({
    convention,
    tolerance: toleranceOf(input.unit, input.decimals),
    areas: checked,
    operatingTotal: printed('operating'),
    computedOperatingTotal: Object.fromEntries(
      kinds.map((kind) => [kind, amountsOf(computedOperating[kind])]),
    ) as AreaAmounts,
    includingInvestments: printed('including_investments')?.net ?? null,
  });

  // Summa netto as the rows below it read it: the printed figure where there is one.
  const printedNet = printed('operating')?.net;
  const computedNet = { ...amountsOf(computedOperating.net), ...extraColumns(operating.net) };
  const operatingNetShown = Object.fromEntries(
    checkedColumns.map((column) => [
      column,
      (printedNet && amountIn(printedNet, column)) ?? amountIn(computedNet, column),
    ]),
  ) as unknown as LineAmounts;

  return {
    areas,
    operatingNetShown,
    printedNet: (scope: PrintedTotal['scope']) => printed(scope)?.net ?? null,
    yearComparison: yearComparisonOf(computedOperating),
    totals: {
      operating: computedOperating,
      investments: block(investments),
      includingInvestments: computed('net', includingInvestments, convention),
    },
    mismatches,
    /** net totals in öre, for the indicators */
    operatingNet: operating.net,
    /** gross costs in öre: the indicators' base for a revenue-financed committee */
    operatingCosts: operating.costs,
  };
}
