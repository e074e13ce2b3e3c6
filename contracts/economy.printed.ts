import { z } from 'zod';
import { shortText, storable } from './common.ts';
import {
  carryOverCategory,
  displayUnit,
  economyFigures,
  money,
  signConvention,
} from './economy.ts';

/**
 * The economy as a report prints it: the operating table with its printed totals and deviations,
 * the result funds and the carry-over requests, as the consistency checks read them
 * (server/modules/economy/checks). What is stored and edited is in economy.ts.
 */
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
    decisionRef: storable(z.string().trim().max(40)).nullable(),
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

/**
 * A printed line with last year's outcome when the table prints that column (checked like the
 * others: against the totals, and net against costs + revenues).
 */
export const printedLine = printedFigures.extend({ previousYearOutcome: money.optional() });
export type PrintedLine = z.infer<typeof printedLine>;

export const printedArea = z.object({
  costs: printedLine,
  revenues: printedLine,
  net: printedLine,
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
  totalInclInvestments: printedLine.optional(),
});
export type EconomyTable = z.infer<typeof economyTable>;
