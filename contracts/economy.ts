import { z } from 'zod';
import { shortText } from './common.ts';

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
 * One area of activity (verksamhetsområde / budgetområde) in one year. `partOf` names the area
 * of which this is a "Varav <del>" sub-row; sub-rows are left out of totals.
 */
export const economyLine = z.object({
  area: shortText(),
  partOf: shortText().nullable(),
  costs: economyFigures,
  revenues: economyFigures,
  /** as reported; the rules derive net from costs and revenues and check this against it */
  net: economyFigures.nullable(),
});
export type EconomyLine = z.infer<typeof economyLine>;

export const economyLines = z.object({
  year: z.number().int().min(1900).max(2199),
  signConvention,
  unit: displayUnit,
  lines: z.array(economyLine).max(500),
});
export type EconomyLines = z.infer<typeof economyLines>;

/**
 * Resultatfond of a result unit (resultatenhet) for a year. `turnover` (omslutning, gross
 * turnover) is the base of the caps; `surplusOwnAction` is the part of the year's surplus due to
 * the unit's own action (eget handlande), the only part that may go to the fund; `used` is what
 * the unit drew from the fund during the year. `closing` is the printed closing fund, if any,
 * to be checked.
 */
export const resultFundInput = z.object({
  year: z.number().int().min(1900).max(2199),
  turnover: money.refine((value) => !value.startsWith('-') && /[1-9]/.test(value), {
    error: 'must be a positive amount',
  }),
  opening: money,
  surplusOwnAction: money,
  used: money.refine((value) => !value.startsWith('-'), { error: 'must not be negative' }),
  closing: money.nullable(),
});
export type ResultFundInput = z.infer<typeof resultFundInput>;

/**
 * Ombudgetering categories: surpluses of rotlar and partikanslier, and projects not yet
 * finished (ej slutförda projekt).
 */
export const carryOverCategories = ['office_surplus', 'unfinished_project'] as const;
export const carryOverCategory = z.enum(carryOverCategories);
export type CarryOverCategory = z.infer<typeof carryOverCategory>;

/** A request to carry unspent funds to the next year (ombudgetering). */
export const carryOverRequest = z
  .object({
    fromYear: z.number().int().min(1900).max(2198),
    toYear: z.number().int().min(1901).max(2199),
    amount: money.refine((value) => !value.startsWith('-') && /[1-9]/.test(value), {
      error: 'must be a positive amount',
    }),
    purpose: shortText(500),
    category: carryOverCategory,
    /** the decision proposal (att-sats) that grants it, e.g. "3" */
    decisionRef: z.string().trim().max(40).nullable(),
    /** the amount as the decision proposal states it, when it is stated there too */
    amountInDecision: money.nullable(),
  })
  .refine((request) => request.toYear === request.fromYear + 1, {
    error: 'must carry over to the following year',
    path: ['toYear'],
  });
export type CarryOverRequest = z.infer<typeof carryOverRequest>;

/** The ombudgeteringar of a report: the printed total and the requests it is made of. */
export const carryOverSummary = z.object({
  total: money,
  requests: z.array(carryOverRequest).max(200),
});
export type CarryOverSummary = z.infer<typeof carryOverSummary>;

/** A printed line of a table: budget, outcome and the printed deviation. */
export const printedFigures = z.object({ budget: money, outcome: money, deviation: money });
export type PrintedFigures = z.infer<typeof printedFigures>;

export const printedArea = z.object({
  costs: printedFigures,
  revenues: printedFigures,
  net: printedFigures,
});
export type PrintedArea = z.infer<typeof printedArea>;

/**
 * An operating table as printed or imported (e.g. KS15's driftbudget): area rows, the printed
 * totals (Summa drift), optionally investments and the total including investments. Amounts in
 * kronor; `unit` and `decimals` say how it was printed (mnkr, one decimal), which is also the
 * default rounding tolerance of the checks.
 */
export const economyTable = z.object({
  unit: displayUnit,
  decimals: z.number().int().min(0).max(2),
  signConvention,
  rows: z.array(printedArea.extend({ area: shortText(), subRow: z.boolean().optional() })).max(500),
  totals: printedArea,
  investments: printedArea.optional(),
  totalInclInvestments: printedFigures.optional(),
});
export type EconomyTable = z.infer<typeof economyTable>;

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
] as const;
export type MismatchCode = (typeof mismatchCodes)[number];

/**
 * One printed figure that does not agree with what the other figures say it should be.
 * `difference` = printed − expected; amounts in kronor. For a cap breach, `expected` is the cap
 * and `printed` the amount over it.
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
