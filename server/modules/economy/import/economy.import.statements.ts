import type { DisplayUnit } from '#contracts/economy.ts';
import type { BalanceRowWrite, InvestmentRowWrite } from '#contracts/economy.statements.ts';
import { actorOf, type Principal } from '#server/principal.ts';
import { economyConflict } from '../economy.errors.ts';
import type { Deps, LoadedEconomy } from '../economy.usecases.ts';
import type { Problems } from '../sheet/economy.sheet.cells.rules.ts';
import type { Sheet } from '../sheet/economy.sheet.rules.ts';
import { readBalanceSheet, readInvestmentSheet } from '../sheet/economy.sheet.statements.rules.ts';

/**
 * The investment account and the balance sheet in an imported workbook: read with the rest of
 * the file (their problems refuse it like any other), and each written, replacing what is stored,
 * when its sheet is there and differs. A file without the sheet leaves the stored rows alone.
 */

export type StatementsRead = {
  investments: InvestmentRowWrite[] | null;
  balance: BalanceRowWrite[] | null;
};
type Stored = {
  investments: InvestmentRowWrite[];
  balance: BalanceRowWrite[];
  versions: { investments: number; balance: number };
};

export const readStatementSheets = (
  sheets: readonly Sheet[],
  year: number,
  unit: DisplayUnit,
  problems: Problems,
): StatementsRead => ({
  investments: readInvestmentSheet(sheets, year, unit, problems),
  balance: readBalanceSheet(sheets, year, unit, problems),
});

export async function storedStatements(
  deps: Deps,
  tenantId: string,
  loaded: LoadedEconomy,
): Promise<Stored> {
  const stored = loaded.stored;
  if (!stored) return { investments: [], balance: [], versions: { investments: 0, balance: 0 } };
  return {
    investments: await deps.economy.investmentAccount(tenantId, stored.id),
    balance: await deps.economy.balanceSheet(tenantId, stored.id),
    versions: { investments: stored.investmentAccountVersion, balance: stored.balanceSheetVersion },
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Which of the two the file changes. */
export const statementsChanged = (read: StatementsRead, stored: Stored) => ({
  investments: read.investments !== null && !same(read.investments, stored.investments),
  balance: read.balance !== null && !same(read.balance, stored.balance),
});

/** Writes what the file changes, each from the version read and audited with what was there. */
export async function writeStatements(
  deps: Deps,
  principal: Principal,
  economyYearId: string,
  read: StatementsRead,
  stored: Stored,
) {
  const changed = statementsChanged(read, stored);
  const { tenantId } = principal;
  const write = async (
    entity: 'investment_account' | 'balance_sheet',
    saved: Promise<boolean>,
    before: unknown,
    after: unknown,
  ) => {
    if (!(await saved)) throw economyConflict({ current: before, yours: after });
    await deps.audit.record(actorOf(principal), {
      entity,
      entityId: economyYearId,
      action: 'update',
      before,
      after,
    });
  };
  if (changed.investments && read.investments)
    await write(
      'investment_account',
      deps.economy.saveInvestmentAccount(
        tenantId,
        economyYearId,
        read.investments,
        stored.versions.investments,
      ),
      stored.investments,
      read.investments,
    );
  if (changed.balance && read.balance)
    await write(
      'balance_sheet',
      deps.economy.saveBalanceSheet(tenantId, economyYearId, read.balance, stored.versions.balance),
      stored.balance,
      read.balance,
    );
}
