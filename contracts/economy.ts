import { z } from 'zod';
import {
  fieldIssue,
  id,
  lastChange,
  longText,
  shortText,
  storable,
  storedVersion,
} from './common.ts';
import { periodKey, year } from './years.ts';

/**
 * Money at the boundary is a plain decimal string in KRONOR with at most two decimals (öre):
 * "1405300000" or "1405300000.00" is 1 405,3 mnkr, "-12.5" is −12,50 kr. No thousands separator,
 * a point as the decimal mark, an optional leading "-". Kronor because the ledger, the balance
 * sheet and every scale of printed table (kr, tkr, mnkr) convert to it exactly; mnkr with a
 * fixed number of decimals would lose öre. The server computes in öre as a BigInt and shows
 * amounts in the unit a table states (usually mnkr with one decimal). Responses always carry two
 * decimals ("1405300000.00").
 */
export const money = z.string().regex(/^-?\d{1,15}(\.\d{1,2})?$/, {
  error: 'must be an amount in kronor such as 1405300000 or -12.50 (at most two decimals)',
});
export type Money = z.infer<typeof money>;

/**
 * Units in which amounts are shown and printed; amounts are still stored in kronor.
 * kr = kronor, tkr = thousands (tusen kronor), mnkr = millions (miljoner kronor).
 */
export const displayUnits = ['kr', 'tkr', 'mnkr'] as const;
export const displayUnit = z.enum(displayUnits);
export type DisplayUnit = z.infer<typeof displayUnit>;

/**
 * How revenues (intäkter) are signed in a table. Every economy table carries one, so the UI can
 * say which it is.
 *
 * - `revenue_negative` (KS15's driftbudget): costs positive, revenues negative;
 *   net = costs + revenues; deviation = budget − outcome on every line.
 * - `revenue_positive`: costs and revenues positive; net = costs − revenues (net cost, as in the
 *   other convention); deviation = budget − outcome for costs and net, outcome − budget for
 *   revenues.
 *
 * In both, net is the net cost (nettokostnad) and a positive deviation is favourable.
 */
export const signConventions = ['revenue_negative', 'revenue_positive'] as const;
export const signConvention = z.enum(signConventions);
export type SignConvention = z.infer<typeof signConvention>;

/** The formulas behind a sign convention, as data the UI can show beside a table. */
export const signConventionFormulas = {
  revenue_negative: {
    revenueSign: 'negative',
    net: 'costs + revenues',
    deviation: {
      costs: 'budget − outcome',
      revenues: 'budget − outcome',
      net: 'budget − outcome',
    },
    favourable: 'positive',
  },
  revenue_positive: {
    revenueSign: 'positive',
    net: 'costs − revenues',
    deviation: {
      costs: 'budget − outcome',
      revenues: 'outcome − budget',
      net: 'budget − outcome',
    },
    favourable: 'positive',
  },
} as const satisfies Record<SignConvention, unknown>;

/** Kinds of line of an area: kostnader, intäkter, netto. */
export const lineKinds = ['costs', 'revenues', 'net'] as const;
export const lineKind = z.enum(lineKinds);
export type LineKind = z.infer<typeof lineKind>;

/** A reporting period's code, e.g. T1, T2 (tertial) or VB (verksamhetsberättelse). */
export const periodCode = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,20}$/, { error: 'must be a period code such as T1, T2 or VB' });

export const forecast = z.object({ period: periodCode, amount: money });
export type Forecast = z.infer<typeof forecast>;

/**
 * The figures of one kind (costs, revenues or net) of one area and year. Null = not reported.
 * Swedish: budget (original, as adopted), justerad budget, utfall/bokfört, prognos per period,
 * utfall föregående år.
 */
export const economyFigures = z.object({
  originalBudget: money.nullable(),
  adjustedBudget: money.nullable(),
  outcome: money.nullable(),
  forecasts: z
    .array(forecast)
    .max(12)
    .refine((list) => new Set(list.map((f) => f.period)).size === list.length, {
      error: 'each period may have one forecast',
    }),
  previousYearOutcome: money.nullable(),
});
export type EconomyFigures = z.infer<typeof economyFigures>;

/**
 * Ombudgetering categories: surpluses of rotlar and partikanslier, and projects not yet
 * finished (ej slutförda projekt).
 */
export const carryOverCategories = ['office_surplus', 'unfinished_project'] as const;
export const carryOverCategory = z.enum(carryOverCategories);
export type CarryOverCategory = z.infer<typeof carryOverCategory>;

/** How a mismatch is classed: within the rounding tolerance, or an error. */
export const mismatchKinds = ['rounding', 'error'] as const;
export type MismatchKind = (typeof mismatchKinds)[number];

export const mismatchCodes = [
  'total.sum_of_rows',
  'net.costs_plus_revenues',
  'deviation.budget_minus_outcome',
  'total_incl_investments.sum',
  'fund.closing',
  'fund.yearly_cap_exceeded',
  'fund.accumulated_cap_exceeded',
  'fund.overdrawn',
  'carry_over.sum_of_items',
  'carry_over.sum_of_decision_amounts',
  'figure.stated_twice',
  'row.without_figures',
  'sub_row.exceeds_parent',
  'result.before_disposition',
  'result.incl_opening_fund',
  'result.after_disposition',
  'result.deviation',
  'investment.deviation',
  'investment.subtotal',
  'investment.total',
  'balance.change',
  'balance.subtotal',
  'balance.total',
  'balance.assets_equal_liabilities',
] as const;
export type MismatchCode = (typeof mismatchCodes)[number];

/**
 * One printed figure that does not agree with what the other figures say it should be.
 * `difference` = printed − expected; amounts in kronor. For a cap breach, `expected` is the cap
 * and `printed` the amount over it; for "Varav" sub-rows that exceed their area
 * (`sub_row.exceeds_parent`), `expected` is the area's figure and `printed` the sub-rows' sum.
 * A row printed without figures (`row.without_figures`) counts as 0 (`printed`); `expected` is
 * what the printed Summa netto leaves for the table's empty rows (0 when nothing is printed).
 */
export const mismatch = z.object({
  code: z.enum(mismatchCodes),
  path: z.string(),
  expected: money,
  printed: money,
  difference: money,
  kind: z.enum(mismatchKinds),
});
export type Mismatch = z.infer<typeof mismatch>;

// ── A unit's stored economy for a budget year (routes under /api/units/:unitId/years/:year) ──────

/**
 * Kinds of area of activity (verksamhetsområde): an operating area (drift), an investment area
 * (investeringar) and a large project that is not an investment (stort projekt som inte är en
 * investering), which carries a text and, if reported, figures that are already part of the
 * operating areas and so are not added to any total.
 */
export const areaKinds = ['operating', 'investment', 'large_project'] as const;
export const areaKind = z.enum(areaKinds);
export type AreaKind = z.infer<typeof areaKind>;

/**
 * Printed totals of a transcribed or imported table: "Summa drift" (Summa kostnader / intäkter /
 * netto) and "Totalt netto inkl investeringar". Kept only to be checked against the rows; the
 * totals shown are always computed.
 */
/**
 * The result per business area's rows after the Summa rows (domain.md §4.3): Resultat före
 * bokslutsdisposition, Ingående resultatfond, Resultat inkl ingående fond, Utgående resultatfond
 * (överföring till <år+1>), Resultat efter bokslutsdisposition. Stored as printed totals with kind
 * `net`; every figure a result (a surplus positive, deviation = outcome − budget) whatever the
 * table's sign convention (docs/economy-formulas.md).
 */
export const dispositionScopes = [
  'result_before_disposition',
  'opening_fund',
  'result_incl_opening_fund',
  'closing_fund',
  'result_after_disposition',
] as const;
export type DispositionScope = (typeof dispositionScopes)[number];
export const totalScopes = ['operating', 'including_investments', ...dispositionScopes] as const;
export const totalScope = z.enum(totalScopes);
export type TotalScope = z.infer<typeof totalScope>;

/** How many decimals a table is shown (and was printed) with in its unit. */
export const tableDecimals = z.number().int().min(0).max(2);

export const economyParams = z.strictObject({ unitId: id, year: z.coerce.number().pipe(year) });

/** A period's forecast of the full year (helårsprognos), by the period's key (T1, T2 …). */
export const forecastInput = z.strictObject({ period: periodKey, amount: money });

const noPeriodTwice = (list: readonly { period: string }[]) =>
  new Set(list.map((f) => f.period)).size === list.length;

/** The figures of one line as stored. `printedDeviation` is checked, never used as the deviation. */
export const storedFigures = z.object({
  originalBudget: money.nullable(),
  adjustedBudget: money.nullable(),
  outcome: money.nullable(),
  previousYearOutcome: money.nullable(),
  forecasts: z.array(forecast),
  printedDeviation: money.nullable(),
});
export type StoredFigures = z.infer<typeof storedFigures>;

/**
 * One line (costs, revenues or net) of an area, written with the version it was read at (0: the
 * line is not stored yet). A line with nothing in it is removed. A net line is stored only when
 * it was printed or typed: otherwise net is derived from costs and revenues.
 */
export const economyLineWrite = z.strictObject({
  areaId: id,
  kind: lineKind,
  originalBudget: money.nullable().default(null),
  adjustedBudget: money.nullable().default(null),
  outcome: money.nullable().default(null),
  previousYearOutcome: money.nullable().default(null),
  forecasts: z
    .array(forecastInput)
    .max(24)
    .default([])
    .refine(noPeriodTwice, { error: 'each period may have one forecast' }),
  printedDeviation: money.nullable().default(null),
  version: storedVersion(),
});
export type EconomyLineWrite = z.infer<typeof economyLineWrite>;

/** A printed total (Summa …), written with its version (0: not stored yet). */
export const printedTotalWrite = z.strictObject({
  scope: totalScope,
  kind: lineKind,
  originalBudget: money.nullable().default(null),
  adjustedBudget: money.nullable().default(null),
  outcome: money.nullable().default(null),
  previousYearOutcome: money.nullable().default(null),
  deviation: money.nullable().default(null),
  version: storedVersion(),
});
export type PrintedTotalWrite = z.infer<typeof printedTotalWrite>;

export const economyLinesInput = z
  .strictObject({
    lines: z.array(economyLineWrite).max(3000).default([]),
    printedTotals: z.array(printedTotalWrite).max(12).default([]),
  })
  .refine(
    (input) =>
      new Set(input.lines.map((l) => `${l.areaId}:${l.kind}`)).size === input.lines.length &&
      new Set(input.printedTotals.map((t) => `${t.scope}:${t.kind}`)).size ===
        input.printedTotals.length,
    { error: 'each line may be written once', path: ['lines'] },
  );
export type EconomyLinesInput = z.infer<typeof economyLinesInput>;

/**
 * The table's settings and its areas in order. An area with `id` null is new; a stored area left
 * out is removed with its figures. `partOf` names the area of which this is a "Varav" sub-row.
 */
export const economyAreaInput = z.strictObject({
  id: id.nullable().default(null),
  name: shortText(200),
  kind: areaKind.default('operating'),
  partOf: shortText(200).nullable().default(null),
  description: longText(20_000).default(''),
});
export type EconomyAreaInput = z.infer<typeof economyAreaInput>;

export const economyStructureInput = z.strictObject({
  /** the table's heading as printed, e.g. "Stadsledningskontoret" */
  title: storable(z.string().trim().max(200)).default(''),
  signConvention,
  unit: displayUnit,
  decimals: tableDecimals,
  areas: z.array(economyAreaInput).max(2000),
  version: storedVersion(),
});
export type EconomyStructureInput = z.infer<typeof economyStructureInput>;

const positive = (value: string) => !value.startsWith('-') && /[1-9]/.test(value);

/** One ombudgetering of the unit's year, to the following year. */
export const carryOverWrite = z.strictObject({
  purpose: shortText(500),
  category: carryOverCategory,
  amount: money.refine(positive, { error: 'must be a positive amount' }),
  decisionRef: storable(z.string().trim().max(40)).nullable().default(null),
  amountInDecision: money.nullable().default(null),
});
export type CarryOverWrite = z.infer<typeof carryOverWrite>;

export const carryOversInput = z.strictObject({
  /** the total as printed ("begär ombudgeteringar på totalt 78,1 miljoner kronor") */
  printedTotal: money.nullable().default(null),
  requests: z.array(carryOverWrite).max(200),
  version: storedVersion(),
});
export type CarryOversInput = z.infer<typeof carryOversInput>;

/** What the fund caps are a share of: gross turnover (omslutning) or the unit's budget (KS15). */
export const capBases = ['turnover', 'budget'] as const;
export const capBase = z.enum(capBases);
export type CapBase = z.infer<typeof capBase>;

/** A percentage as a plain decimal string, e.g. "10" or "94.18". */
export const percent = z.string().regex(/^-?\d{1,6}(\.\d{1,4})?$/, {
  error: 'must be a percentage such as 10 or 94.18',
});

/**
 * A result unit's fund (resultatfond) for a year, as far as it is known. Every amount may be
 * missing; the checks use what is there. `closing` is the stated closing fund, checked against
 * opening + own-action surplus − used; `closingShareOfBase` a stated "motsvarar 10 procent av
 * enhetens budget", from which the base is implied when it is not given.
 */
export const resultFundWrite = z.strictObject({
  turnover: money.nullable().default(null),
  budget: money.nullable().default(null),
  capBase: capBase.default('turnover'),
  resultBeforeDisposition: money.nullable().default(null),
  opening: money.nullable().default(null),
  surplusOwnAction: money.nullable().default(null),
  used: money
    .refine((value) => !value.startsWith('-'), { error: 'must not be negative' })
    .nullable()
    .default(null),
  closing: money.nullable().default(null),
  closingShareOfBase: percent.nullable().default(null),
  note: longText(5_000).default(''),
  version: storedVersion(),
});
export type ResultFundWrite = z.infer<typeof resultFundWrite>;

// ── What reading a unit's economy answers ─────────────────────────────────────────────────────

/** Deviations of one line, positive = favourable; `base` says which budget was compared. */
export const lineAnalysis = z.object({
  base: z.enum(['adjustedBudget', 'originalBudget']).nullable(),
  budget: money.nullable(),
  outcome: money.nullable(),
  deviation: money.nullable(),
  /** budget against each period's full-year forecast (avvikelse mot prognos) */
  forecastDeviations: z.array(forecast),
  /** outcome − previous year's outcome (differens mellan åren) */
  yearOnYear: money.nullable(),
});
export type LineAnalysisView = z.infer<typeof lineAnalysis>;

export const economyLineView = z.object({
  kind: lineKind,
  /** as stored; null when nothing is stored (a net line is then derived) */
  stored: storedFigures.nullable(),
  /** the figures computed with: costs and revenues as stored, net derived from them */
  figures: economyFigures,
  computed: lineAnalysis,
  /** the version is 0 when nothing is stored */
  ...lastChange,
});
export type EconomyLineView = z.infer<typeof economyLineView>;

export const economyAreaView = z.object({
  id,
  name: z.string(),
  kind: areaKind,
  /** the area of which this is a "Varav" sub-row; sub-rows are left out of totals */
  partOf: id.nullable(),
  description: z.string(),
  lines: z.object({ costs: economyLineView, revenues: economyLineView, net: economyLineView }),
});
export type EconomyAreaView = z.infer<typeof economyAreaView>;

export const computedLine = z.object({ figures: economyFigures, computed: lineAnalysis });
export type ComputedLine = z.infer<typeof computedLine>;
export const computedTotals = z.object({
  costs: computedLine,
  revenues: computedLine,
  net: computedLine,
});
export type ComputedTotals = z.infer<typeof computedTotals>;

export const printedTotal = z.object({
  scope: totalScope,
  kind: lineKind,
  originalBudget: money.nullable(),
  adjustedBudget: money.nullable(),
  outcome: money.nullable(),
  previousYearOutcome: money.nullable(),
  deviation: money.nullable(),
  version: z.number().int(),
});
export type PrintedTotal = z.infer<typeof printedTotal>;

export const resultFundView = resultFundWrite.extend({
  unitId: id,
  unitName: z.string(),
  /** the version is 0 when nothing is stored */
  version: z.number().int(),
  /** the base of the caps: the one `capBase` names, or implied from `closingShareOfBase` */
  base: money.nullable(),
  baseImplied: z.boolean(),
  /** opening + own-action surplus − used (R-F3), when all three are known */
  computedClosing: money.nullable(),
  yearlyCap: money.nullable(),
  accumulatedCap: money.nullable(),
  /** R-F4 and R-F5, with the stated closing fund (else the computed one) */
  resultInclOpeningFund: money.nullable(),
  resultAfterDisposition: money.nullable(),
});
export type ResultFundView = z.infer<typeof resultFundView>;

export const carryOverView = carryOverWrite.extend({ fromYear: year, toYear: year });

export const mismatchSections = [
  'area',
  'operating_total',
  'investments',
  'including_investments',
  'result_fund',
  'carry_over',
  'disposition',
  'investment_account',
  'balance_sheet',
] as const;

/** Where a printed figure sits: its table (section), path and the area or unit it is of. */
export const mismatchPlace = z.object({
  section: z.enum(mismatchSections),
  path: z.string(),
  areaId: id.nullable(),
  unitId: id.nullable(),
});
export type MismatchPlaceRef = z.infer<typeof mismatchPlace>;

/**
 * A mismatch with where it sits, so that a view can mark the cell. A figure the report states in
 * two places (checked across tables: the investment account's total against the operating
 * table's investments, a fund's figures against the disposition rows, the result before
 * disposition against Summa drift) also names the other place (`also`), so that a finding links
 * to both.
 */
export const economyMismatch = mismatch.extend({
  section: z.enum(mismatchSections),
  areaId: id.nullable(),
  unitId: id.nullable(),
  also: mismatchPlace.optional(),
});
export type EconomyMismatch = z.infer<typeof economyMismatch>;

export const conventionFormulas = z.object({
  revenueSign: z.enum(['negative', 'positive']),
  net: z.string(),
  deviation: z.object({ costs: z.string(), revenues: z.string(), net: z.string() }),
  favourable: z.literal('positive'),
});

const printedAndComputed = z.object({ printed: money.nullable(), computed: money.nullable() });
/** One row of the result per business area's dispositions, per column. */
export const dispositionRow = z.object({
  scope: z.enum(dispositionScopes),
  budget: printedAndComputed,
  outcome: printedAndComputed,
  deviation: printedAndComputed,
  previousYearOutcome: printedAndComputed,
});
export type DispositionRow = z.infer<typeof dispositionRow>;

/** A row of the year comparison: this year's outcome, last year's and the difference (R-E6). */
export const yearComparisonRow = z.object({
  kind: lineKind,
  outcome: money.nullable(),
  previousYearOutcome: money.nullable(),
  difference: money.nullable(),
});
export const yearComparison = z.array(yearComparisonRow);
export type YearComparison = z.infer<typeof yearComparison>;

export const economyView = z.object({
  unit: z.object({ id, name: z.string(), isResultUnit: z.boolean() }),
  year,
  /** the periods a forecast can be given for (every period of the year but the annual one) */
  periods: z.array(z.object({ id, key: z.string(), name: z.string() })),
  settings: z.object({
    title: z.string(),
    signConvention,
    unit: displayUnit,
    decimals: tableDecimals,
    /** 0: nothing is stored for the unit and year yet */
    version: z.number().int(),
  }),
  /** the sign convention's formulas, to show beside the table */
  formulas: conventionFormulas,
  areas: z.array(economyAreaView),
  totals: z.object({
    /** Summa drift: the operating areas, "Varav" sub-rows left out */
    operating: computedTotals,
    investments: computedTotals,
    /** Totalt netto inkl investeringar (R-E5) */
    includingInvestments: computedLine,
  }),
  printedTotals: z.array(printedTotal),
  /** Resultat före … efter bokslutsdisposition: printed and computed, per column */
  disposition: z.array(dispositionRow),
  /** Bokslut <år> · Bokslut <år−1> · Differens mellan åren of Summa drift, computed */
  yearComparison: yearComparison,
  /** the funds of the result units at or below the unit */
  resultFunds: z.array(resultFundView),
  carryOvers: z.object({
    printedTotal: money.nullable(),
    /** the sum of the requests (R-F7) */
    total: money,
    requests: z.array(carryOverView),
    version: z.number().int(),
  }),
  /** every printed or stated figure that does not agree with what the others say it should be */
  mismatches: z.array(economyMismatch),
  may: z.object({ write: z.boolean(), model: z.boolean() }),
});
export type EconomyView = z.infer<typeof economyView>;

// ── Council indicators computed from the economy (R-E7, R-E8) ─────────────────────────────────

export const economyIndicatorKeys = [
  'budget_adherence_before',
  'budget_adherence_after',
  'forecast_accuracy',
] as const;
export const economyIndicatorKey = z.enum(economyIndicatorKeys);

export const economyIndicatorsQuery = z.strictObject({
  /** the period whose full-year forecast is judged (default T2) */
  period: periodKey.default('T2'),
});

export const economyIndicator = z.object({
  key: economyIndicatorKey,
  /** the indicator's name as the council's budget has it */
  name: z.string(),
  /** percent, two decimals (half away from zero); null when an input is missing */
  value: z.string().nullable(),
  /** the exact ratio, before rounding */
  ratio: z.object({ numerator: z.string(), denominator: z.string() }).nullable(),
  formula: z.string(),
  inputs: z.record(z.string(), money.nullable()),
  /** what is missing for a value, in words */
  missing: z.array(z.string()),
  target: z.string(),
  /** whether the value meets the target (100 %: on budget or under; T2: within ±1 %) */
  meetsTarget: z.boolean().nullable(),
});
export type EconomyIndicator = z.infer<typeof economyIndicator>;

export const economyIndicators = z.object({
  unit: z.object({ id, name: z.string() }),
  year,
  period: z.string(),
  indicators: z.array(economyIndicator),
});
export type EconomyIndicators = z.infer<typeof economyIndicators>;

// ── Roll-up of every unit's deviations for a year (the executive office's view) ───────────────

export const economyRollUpParams = z.strictObject({ year: z.coerce.number().pipe(year) });
export const economyRollUpQuery = z.strictObject({
  /** a period's full-year forecast instead of the outcome, e.g. T2 */
  period: periodKey.optional(),
});

export const rollUpFigures = z.object({
  budget: money.nullable(),
  /** the outcome, or the period's forecast */
  actual: money.nullable(),
  deviation: money.nullable(),
});
export type RollUpFigures = z.infer<typeof rollUpFigures>;

export const economyRollUpUnit = z.object({
  unitId: id,
  unitName: z.string(),
  parentId: id.nullable(),
  signConvention,
  unit: displayUnit,
  decimals: tableDecimals,
  operating: z.object({ costs: rollUpFigures, revenues: rollUpFigures, net: rollUpFigures }),
  investments: rollUpFigures,
  includingInvestments: rollUpFigures,
  /** net actual / net budget, percent with two decimals */
  budgetAdherence: z.string().nullable(),
  /**
   * The unit's printed Summa netto where it differs from the computed one (which `operating.net`
   * is, as in the unit's table); null when none is printed, it agrees, or the basis is a forecast
   */
  printedNet: rollUpFigures.nullable().default(null),
});
export type EconomyRollUpUnit = z.infer<typeof economyRollUpUnit>;

export const economyRollUp = z.object({
  year,
  period: z.object({ id, key: z.string(), name: z.string() }).nullable(),
  basis: z.enum(['outcome', 'forecast']),
  units: z.array(economyRollUpUnit),
  /** net figures summed over the units shown (net and its deviation mean the same in both conventions) */
  total: z.object({ net: rollUpFigures, includingInvestments: rollUpFigures }),
});
export type EconomyRollUp = z.infer<typeof economyRollUp>;

// ── Excel and CSV ─────────────────────────────────────────────────────────────────────────────

export const economyFileFormats = ['xlsx', 'csv'] as const;
export const economyFileFormat = z.enum(economyFileFormats);
export type EconomyFileFormat = z.infer<typeof economyFileFormat>;

export const economyExportQuery = z.strictObject({
  format: economyFileFormat.default('xlsx'),
  /** true: the areas without figures, a template to fill in */
  blank: z.enum(['true', 'false']).optional(),
});

export const economyImportQuery = z.strictObject({
  /** true: check the file and say what an import would do, but write nothing */
  dryRun: z.enum(['true', 'false']).optional(),
  /** refuse a file for another unit or year than the page it is uploaded on */
  unitId: id.optional(),
  year: z.coerce.number().pipe(year).optional(),
});

/**
 * What a column of an imported file was read as: an amount's field, a forecast, the printed
 * deviation ("Avvikelse", "Budget avvikelse <år>"), "Återstår" (budget − outcome, read as the
 * deviation: docs/economy-import.md), "Differens mellan åren" (checked, not stored) or a text.
 */
export const importedFields = [
  'area',
  'row',
  'originalBudget',
  'adjustedBudget',
  'outcome',
  'previousYearOutcome',
  'forecast',
  'deviation',
  'remaining',
  'yearDifference',
  'type',
  'partOf',
  'description',
] as const;
export type ImportedField = (typeof importedFields)[number];
export const importedColumn = z.object({
  /** the header as the file has it, e.g. "Bokslut 2014" */
  header: z.string(),
  field: z.enum(importedFields),
  /** the forecast's period key (T2), for `forecast` */
  period: z.string().nullable(),
});
export type ImportedColumn = z.infer<typeof importedColumn>;

const changeTally = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  deleted: z.number().int(),
  unchanged: z.number().int(),
});

export const economyImportResult = z.object({
  unit: z.object({ id, name: z.string() }),
  year,
  format: economyFileFormat,
  dryRun: z.boolean(),
  /** figure rows read (Kostnader, Intäkter, Netto of every area, and the Summa rows) */
  rows: z.number().int(),
  areas: changeTally,
  lines: changeTally,
  printedTotals: z.number().int(),
  /** null: the file has no sheet of them, and what is stored was left alone */
  carryOvers: z.number().int().nullable(),
  resultFunds: z.number().int().nullable(),
  /** the file holds exactly what is stored */
  unchanged: z.boolean(),
  /** what was read but looks wrong (e.g. a "Summa …" row typed as an area); imported all the same */
  warnings: z.array(fieldIssue),
  /** each header of the table sheet and what it was read as, in the file's order */
  columns: z.array(importedColumn),
  /** rows of the investment account's and the balance sheet's sheets; null: no such sheet */
  statements: z.object({
    investmentAccount: z.number().int().nullable(),
    balanceSheet: z.number().int().nullable(),
  }),
});
export type EconomyImportResult = z.infer<typeof economyImportResult>;
