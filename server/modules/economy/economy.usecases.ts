import {
  dispositionScopes,
  signConventionFormulas,
  type EconomyIndicators,
  type EconomyView,
  type PrintedTotal,
} from '#contracts/economy.ts';
import type { Repositories } from '#server/repositories.ts';
import type { Principal } from '#server/principal.ts';
import { can } from '../people/people.rules.ts';
import {
  computeCarryOvers,
  computeFund,
  type FundInput,
} from './funds/economy.funds.view.rules.ts';
import { computeIndicators } from './economy.indicators.rules.ts';
import type { StoredEconomyYear, StoredTable } from './economy.repository.ts';
import { economyScope, subtree, type EconomyScope } from './economy.scope.ts';
import { toleranceOf } from './checks/economy.checks.stored.rules.ts';
import { checkDisposition } from './checks/economy.checks.disposition.rules.ts';
import { toOre } from './economy.money.ts';
import { areaKindOrder, computeTable, type ViewLine } from './economy.view.rules.ts';

/**
 * Reading a unit's economy for a year: the stored table computed under its sign convention, the
 * funds of the result units at or below it, the carry-over requests, and every figure that does
 * not agree with the others. Writing is in economy.write.usecases.ts.
 */
export type Deps = Pick<Repositories, 'org' | 'years' | 'economy' | 'audit'>;

/** What a unit-year holds when nothing is stored: KS15's conventions, mnkr with one decimal. */
export const defaultSettings = {
  title: '',
  signConvention: 'revenue_negative',
  displayUnit: 'mnkr',
  decimals: 1,
} as const;

export type LoadedEconomy = {
  scope: EconomyScope;
  stored: StoredEconomyYear | null;
  table: StoredTable;
  /** forecast periods of the year, in order */
  periods: { id: string; key: string; name: string }[];
  funds: FundInput[];
  carryOvers: Awaited<ReturnType<Repositories['economy']['carryOvers']>>;
};

const emptyTable: StoredTable = { areas: [], lines: [], totals: [] };

/** Everything stored about a unit's economy in a year. */
export async function loadEconomy(deps: Deps, tenantId: string, scope: EconomyScope) {
  const stored = await deps.economy.findYear(tenantId, scope.unit.id, scope.yearId);
  const [table, years, tree, carryOvers] = await Promise.all([
    stored ? deps.economy.table(tenantId, stored.id) : Promise.resolve(emptyTable),
    deps.years.years(tenantId),
    deps.org.treeAt(tenantId, scope.date),
    stored ? deps.economy.carryOvers(tenantId, stored.id) : Promise.resolve([]),
  ]);
  const periods = (years.find((y) => y.id === scope.yearId)?.periods ?? [])
    .filter((p) => p.kind !== 'annual')
    .map((p) => ({ id: p.id, key: p.key, name: p.name }));
  const resultUnits = subtree(tree, scope.unit.id).filter((u) => u.isResultUnit);
  const storedFunds = await deps.economy.funds(
    tenantId,
    scope.yearId,
    resultUnits.map((u) => u.id),
  );
  const funds: FundInput[] = resultUnits.map((unit) => {
    const fund = storedFunds.find((f) => f.unitId === unit.id);
    return {
      unitId: unit.id,
      unitName: unit.name,
      turnover: fund?.turnover ?? null,
      budget: fund?.budget ?? null,
      capBase: fund?.capBase ?? 'turnover',
      resultBeforeDisposition: fund?.resultBeforeDisposition ?? null,
      opening: fund?.opening ?? null,
      surplusOwnAction: fund?.surplusOwnAction ?? null,
      used: fund?.used ?? null,
      closing: fund?.closing ?? null,
      closingShareOfBase: fund?.closingShareOfBase ?? null,
      note: fund?.note ?? '',
      version: fund?.version ?? 0,
    };
  });
  return { scope, stored, table, periods, funds, carryOvers } satisfies LoadedEconomy;
}

export const settingsOf = (stored: StoredEconomyYear | null) => ({
  title: stored?.title ?? defaultSettings.title,
  signConvention: stored?.signConvention ?? defaultSettings.signConvention,
  unit: stored?.displayUnit ?? defaultSettings.displayUnit,
  decimals: stored?.decimals ?? defaultSettings.decimals,
  version: stored?.version ?? 0,
});

/** Areas in the order tables print them: operating, investments, large projects; then position. */
export const orderedAreas = (table: StoredTable) =>
  [...table.areas].sort(
    (a, b) => areaKindOrder[a.kind] - areaKindOrder[b.kind] || a.position - b.position,
  );

/** The stored economy computed: the view's table, funds, carry-overs and mismatches. */
export function computeEconomy(loaded: LoadedEconomy) {
  const settings = settingsOf(loaded.stored);
  const keyOf = new Map(loaded.periods.map((p) => [p.id, p.key]));
  const order = new Map(loaded.periods.map((p, index) => [p.id, index]));
  const lines: ViewLine[] = loaded.table.lines.map((line) => ({
    ...line,
    forecasts: line.forecasts
      .filter((f) => keyOf.has(f.periodId))
      .sort((a, b) => order.get(a.periodId)! - order.get(b.periodId)!)
      .map((f) => ({ period: keyOf.get(f.periodId)!, amount: f.amount })),
  }));
  const table = computeTable({
    convention: settings.signConvention,
    unit: settings.unit,
    decimals: settings.decimals,
    areas: orderedAreas(loaded.table),
    lines,
    printedTotals: loaded.table.totals,
  });
  const tolerance = toleranceOf(settings.unit, settings.decimals);
  const funds = loaded.funds.map((fund, index) =>
    computeFund(fund, `resultFunds[${index}]`, tolerance),
  );
  const carryOvers = computeCarryOvers(
    loaded.carryOvers,
    loaded.stored?.carryOverTotal ?? null,
    loaded.scope.year,
    tolerance,
  );
  const own = loaded.funds.find((fund) => fund.unitId === loaded.scope.unit.id);
  const ore = (value: string | null | undefined) => (value == null ? null : toOre(value));
  const disposition = checkDisposition({
    printed: Object.fromEntries(
      dispositionScopes.flatMap((scope) => {
        const row = table.printedNet(scope);
        return row ? [[scope, row]] : [];
      }),
    ),
    operatingNet: table.operatingNetShown,
    fund: own
      ? {
          unitId: own.unitId,
          opening: ore(own.opening),
          closing: ore(own.closing),
          resultBeforeDisposition: ore(own.resultBeforeDisposition),
        }
      : null,
    tolerance,
  });
  return { settings, table, funds, carryOvers, disposition };
}

const totalOrder = (a: PrintedTotal, b: PrintedTotal) =>
  a.scope.localeCompare(b.scope) ||
  ['costs', 'revenues', 'net'].indexOf(a.kind) - ['costs', 'revenues', 'net'].indexOf(b.kind);

export async function readEconomy(
  deps: Deps,
  principal: Principal,
  unitId: string,
  year: number,
): Promise<EconomyView> {
  const scope = await economyScope(deps, principal, unitId, year, 'followup.read');
  return viewOf(await loadEconomy(deps, principal.tenantId, scope), principal);
}

export function viewOf(loaded: LoadedEconomy, principal: Principal): EconomyView {
  const { settings, table, funds, carryOvers, disposition } = computeEconomy(loaded);
  return {
    unit: loaded.scope.unit,
    year: loaded.scope.year,
    periods: loaded.periods,
    settings,
    formulas: signConventionFormulas[settings.signConvention],
    areas: table.areas,
    totals: table.totals,
    printedTotals: [...loaded.table.totals].sort(totalOrder),
    disposition: disposition.rows,
    yearComparison: table.yearComparison,
    resultFunds: funds.map((fund) => fund.view),
    carryOvers: {
      printedTotal: loaded.stored?.carryOverTotal ?? null,
      total: carryOvers.total,
      requests: carryOvers.requests,
      version: loaded.stored?.carryOverVersion ?? 0,
    },
    mismatches: [
      ...table.mismatches,
      ...funds.flatMap((fund) => fund.mismatches),
      ...carryOvers.mismatches,
      ...disposition.mismatches,
    ],
    may: {
      write: can(principal.grants, 'followup.write', loaded.scope.ancestry),
      model: can(principal.grants, 'model.write', loaded.scope.ancestry),
    },
  };
}

/**
 * The council's economy indicators for a unit and year, computed from its lines (R-E7, R-E8):
 * budget adherence before and after result transfers (the transfers are what the result units
 * at or below it moved into their funds less what they used: Σ closing − opening), and forecast
 * accuracy of a period's full-year forecast.
 */
export async function economyIndicators(
  deps: Deps,
  principal: Principal,
  unitId: string,
  year: number,
  period: string,
): Promise<EconomyIndicators> {
  const scope = await economyScope(deps, principal, unitId, year, 'followup.read');
  const loaded = await loadEconomy(deps, principal.tenantId, scope);
  const { table, funds } = computeEconomy(loaded);
  const unknown = funds.filter((fund) => fund.netTransfer === null);
  const fundTransfers =
    unknown.length > 0 ? null : funds.reduce((sum, fund) => sum + fund.netTransfer!, 0n);
  return {
    unit: { id: scope.unit.id, name: scope.unit.name },
    year,
    period,
    indicators: computeIndicators({
      net: table.operatingNet,
      costs: table.operatingCosts,
      fundTransfers,
      fundTransfersMissing: unknown.map(
        (fund) => `ingående och utgående resultatfond för ${fund.view.unitName}`,
      ),
      period,
    }),
  };
}
