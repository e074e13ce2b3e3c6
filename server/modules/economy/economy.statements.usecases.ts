import type {
  BalanceSheetInput,
  InvestmentAccountInput,
  StatementsView,
} from '#contracts/economy.statements.ts';
import { actorOf, type Principal } from '#server/principal.ts';
import { can } from '../people/people.rules.ts';
import { economyConflict } from './economy.errors.ts';
import { toOre } from './economy.money.ts';
import { economyScope, type EconomyScope } from './economy.scope.ts';
import { computeEconomy, loadEconomy, type Deps, type LoadedEconomy } from './economy.usecases.ts';
import { toleranceOf } from './checks/economy.checks.stored.rules.ts';
import {
  checkBalanceSheet,
  checkInvestmentAccount,
} from './checks/economy.checks.statements.rules.ts';

/**
 * A unit's investment account and balance sheet for a year: read with their checks, and each
 * replaced as a whole from the version it was read at (docs/economy-api.md). The investment
 * account's total is checked against the operating table's investments, which state the same
 * year's figures.
 */

const ore = (value: string | null) => (value === null ? null : toOre(value));

/** The operating table's investments, when it has any, as the table shows their net. */
function statedInvestments(loaded: LoadedEconomy) {
  const investments = loaded.table.areas.filter((area) => area.kind === 'investment');
  if (investments.length === 0) return null;
  const net = computeEconomy(loaded).table.totals.investments.net.computed;
  const areaId = investments.length === 1 ? investments[0]!.id : null;
  return { budget: ore(net.budget), outcome: ore(net.outcome), areaId };
}

async function statementsOf(
  deps: Deps,
  principal: Principal,
  scope: EconomyScope,
): Promise<StatementsView> {
  const loaded = await loadEconomy(deps, principal.tenantId, scope);
  const stored = loaded.stored;
  const [investments, balance] = stored
    ? await Promise.all([
        deps.economy.investmentAccount(principal.tenantId, stored.id),
        deps.economy.balanceSheet(principal.tenantId, stored.id),
      ])
    : [[], []];
  const tolerance = toleranceOf(stored?.displayUnit ?? 'mnkr', stored?.decimals ?? 1);
  return {
    investmentAccount: { rows: investments, version: stored?.investmentAccountVersion ?? 0 },
    balanceSheet: { rows: balance, version: stored?.balanceSheetVersion ?? 0 },
    mismatches: [
      ...checkInvestmentAccount(investments, statedInvestments(loaded), tolerance),
      ...checkBalanceSheet(balance, tolerance),
    ],
    may: { write: can(principal.grants, 'followup.write', scope.ancestry) },
  };
}

export async function readStatements(
  deps: Deps,
  principal: Principal,
  unitId: string,
  year: number,
): Promise<StatementsView> {
  const scope = await economyScope(deps, principal, unitId, year, 'followup.read');
  return statementsOf(deps, principal, scope);
}

type Place = { unitId: string; year: number };
type Statement = 'investment_account' | 'balance_sheet';

/** Replaces one of the two lists (compare-and-set on its version), audited with what was there. */
async function saveStatement(
  deps: Deps,
  principal: Principal,
  place: Place,
  which: Statement,
  input: InvestmentAccountInput | BalanceSheetInput,
): Promise<StatementsView> {
  const { tenantId } = principal;
  const scope = await economyScope(deps, principal, place.unitId, place.year, 'followup.write');
  await deps.economy.ensureYear(tenantId, place.unitId, scope.yearId, principal.userId);
  const stored = (await deps.economy.findYear(tenantId, place.unitId, scope.yearId))!;
  const before =
    which === 'investment_account'
      ? await deps.economy.investmentAccount(tenantId, stored.id)
      : await deps.economy.balanceSheet(tenantId, stored.id);
  const saved =
    which === 'investment_account'
      ? await deps.economy.saveInvestmentAccount(
          tenantId,
          stored.id,
          (input as InvestmentAccountInput).rows,
          input.version,
        )
      : await deps.economy.saveBalanceSheet(
          tenantId,
          stored.id,
          (input as BalanceSheetInput).rows,
          input.version,
        );
  if (!saved) throw economyConflict({ current: before, yours: input });
  await deps.audit.record(actorOf(principal), {
    entity: which,
    entityId: stored.id,
    action: 'update',
    before,
    after: input.rows,
  });
  return statementsOf(deps, principal, scope);
}

export const saveInvestmentAccount = (
  deps: Deps,
  principal: Principal,
  place: Place,
  input: InvestmentAccountInput,
) => saveStatement(deps, principal, place, 'investment_account', input);

export const saveBalanceSheet = (
  deps: Deps,
  principal: Principal,
  place: Place,
  input: BalanceSheetInput,
) => saveStatement(deps, principal, place, 'balance_sheet', input);
