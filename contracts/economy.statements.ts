import { z } from 'zod';
import { shortText, storedVersion } from './common.ts';
import { economyMismatch, money } from './economy.ts';

/**
 * The two further tables a year-end report prints about a unit's economy (issue #10 item 5):
 * the investment account (investeringsredovisning) per project, and the balance-sheet analysis.
 * Each is stored as printed, row by row, replaced as a whole with the version it was read at,
 * and checked (docs/economy-formulas.md). Amounts in kronor.
 */

/** An item (a project, a balance-sheet post), a printed subtotal, or a printed total. */
export const statementRowKinds = ['item', 'subtotal', 'total'] as const;
export const statementRowKind = z.enum(statementRowKinds);
export type StatementRowKind = z.infer<typeof statementRowKind>;

/** Ongoing projects (pågående) and finished ones (avslutade), each with its subtotal. */
export const investmentGroups = ['ongoing', 'finished'] as const;
export const investmentGroup = z.enum(investmentGroups);
export type InvestmentGroup = z.infer<typeof investmentGroup>;

const amount = money.nullable().default(null);

/**
 * A row of the investment account: a project (kind `item`, in its group), a group's subtotal, or
 * the total (no group). Utgiftsram, outcome and deviation accumulated since the start, and the
 * year's budget, outcome and deviation, each as printed.
 */
export const investmentRowWrite = z.strictObject({
  kind: statementRowKind,
  group: investmentGroup.nullable().default(null),
  name: shortText(200),
  expenditureLimit: amount,
  accumulatedOutcome: amount,
  accumulatedDeviation: amount,
  budget: amount,
  outcome: amount,
  deviation: amount,
});
export type InvestmentRowWrite = z.infer<typeof investmentRowWrite>;

export const investmentAccountInput = z
  .strictObject({ rows: z.array(investmentRowWrite).max(1000), version: storedVersion() })
  .refine((input) => input.rows.every((row) => (row.kind === 'total') === (row.group === null)), {
    error: 'a project and a subtotal name their group; the total names none',
    path: ['rows'],
  });
export type InvestmentAccountInput = z.infer<typeof investmentAccountInput>;

/** Tillgångar, and eget kapital, avsättningar och skulder. */
export const balanceSections = ['assets', 'liabilities_equity'] as const;
export const balanceSection = z.enum(balanceSections);
export type BalanceSection = z.infer<typeof balanceSection>;

/**
 * A row of the balance-sheet analysis: a post (anläggningstillgångar, omsättningstillgångar …),
 * a subtotal of the posts above it in its section (since the previous subtotal), or the
 * section's total; this year, last year and the change as printed.
 */
export const balanceRowWrite = z.strictObject({
  kind: statementRowKind,
  section: balanceSection,
  label: shortText(200),
  thisYear: amount,
  lastYear: amount,
  change: amount,
});
export type BalanceRowWrite = z.infer<typeof balanceRowWrite>;

export const balanceSheetInput = z.strictObject({
  rows: z.array(balanceRowWrite).max(500),
  version: storedVersion(),
});
export type BalanceSheetInput = z.infer<typeof balanceSheetInput>;

/**
 * Both as stored, with the version to write each back with, and every printed figure of them
 * that does not agree with the others (or with the operating table's investments).
 */
export const statementsView = z.object({
  investmentAccount: z.object({ rows: z.array(investmentRowWrite), version: z.number().int() }),
  balanceSheet: z.object({ rows: z.array(balanceRowWrite), version: z.number().int() }),
  mismatches: z.array(economyMismatch),
  may: z.object({ write: z.boolean() }),
});
export type StatementsView = z.infer<typeof statementsView>;
