import type {
  EconomyRollUp,
  EconomyRollUpUnit,
  LineKind,
  RollUpFigures,
} from '#contracts/economy.ts';
import type { Repositories } from '#server/repositories.ts';
import type { Principal } from '#server/principal.ts';
import { can, unitsAllowing } from '../people/people.rules.ts';
import { periodNotFound, yearNotFound } from '../years/years.errors.ts';
import { percentString, toMoney, toOre } from './economy.money.ts';
import { budgetAdherenceOver } from './economy.indicators.rules.ts';
import { deviation, type Figures } from './economy.rules.ts';
import {
  addFigures,
  figuresOfSums,
  netFigures,
  printedBeside,
  rollUpFiguresOf,
} from './economy.rollup.rules.ts';
import { versionOn } from './economy.scope.ts';

type Deps = Pick<Repositories, 'org' | 'years' | 'economy'>;

type Sum = { budget: bigint | null; actual: bigint | null };
const zero: Sum = { budget: 0n, actual: 0n };
const both = (x: bigint | null, y: bigint | null, op: (x: bigint, y: bigint) => bigint) =>
  x === null || y === null ? null : op(x, y);
const add = (a: Sum, b: Sum): Sum => ({
  budget: both(a.budget, b.budget, (x, y) => x + y),
  actual: both(a.actual, b.actual, (x, y) => x + y),
});
const money = (value: bigint | null) => (value === null ? null : toMoney(value));
const figuresOfSum = (sum: Sum): RollUpFigures => ({
  budget: money(sum.budget),
  actual: money(sum.actual),
  deviation: money(
    both(sum.budget, sum.actual, (b, a) => deviation('net', b, a, 'revenue_negative')),
  ),
});
const withoutOre = ({
  budgetOre: _b,
  actualOre: _a,
  ...figures
}: ReturnType<typeof rollUpFiguresOf>) => figures;

/**
 * Every unit's operating and investment deviations for a year, against the outcome or a
 * period's full-year forecast: what the executive office follows. A caller sees the units it
 * may read. Sums are computed in SQL per table; a sum that one area lacks is missing, as in
 * the unit's own view.
 */
export async function economyRollUp(
  deps: Deps,
  principal: Principal,
  year: number,
  periodKey: string | undefined,
): Promise<EconomyRollUp> {
  const { tenantId, grants } = principal;
  const yearId = await deps.years.yearId(tenantId, year);
  if (!yearId) throw yearNotFound();
  const period = periodKey ? await deps.years.periodByKey(tenantId, year, periodKey) : null;
  if (periodKey && !period) throw periodNotFound();
  const date = `${year}-12-31`;
  const [tree, tables, sums, printed] = await Promise.all([
    deps.org.treeAt(tenantId, date),
    deps.economy.yearsOf(tenantId, yearId),
    deps.economy.rollUpSums(tenantId, yearId, period?.id ?? null),
    deps.economy.printedNetTotals(tenantId, yearId),
  ]);
  const allowed = new Set(unitsAllowing(tree, grants, 'followup.read').map((unit) => unit.id));
  const inTree = new Map(tree.map((unit) => [unit.id, unit]));
  // A unit closed during the year is not in the year-end tree: judged where it last sat.
  const closed = tables.filter((t) => !inTree.has(t.unitId)).map((t) => t.unitId);
  const closedVersions = await deps.org.versionsOfUnits(tenantId, closed);
  for (const unitId of closed) {
    const chain = await deps.org.ancestry(tenantId, unitId, date);
    if (can(grants, 'followup.read', chain)) allowed.add(unitId);
    const version = versionOn(
      closedVersions.filter((v) => v.id === unitId),
      date,
    );
    if (version) inTree.set(unitId, version);
  }

  const units: EconomyRollUpUnit[] = tables
    .filter((table) => allowed.has(table.unitId) && inTree.has(table.unitId))
    .map((table) => {
      const convention = table.signConvention;
      const periodKey = period?.key ?? null;
      const sumsOf = (areaKind: 'operating' | 'investment', kind: 'costs' | 'revenues') =>
        figuresOfSums(
          sums.find(
            (s) => s.economyYearId === table.id && s.areaKind === areaKind && s.kind === kind,
          ),
          periodKey,
        );
      const costs = sumsOf('operating', 'costs');
      const revenues = sumsOf('operating', 'revenues');
      const net = netFigures(costs, revenues, convention);
      const investments = netFigures(
        sumsOf('investment', 'costs'),
        sumsOf('investment', 'revenues'),
        convention,
      );
      const of = (kind: LineKind, figures: Figures) =>
        rollUpFiguresOf(kind, figures, convention, periodKey);
      const netShown = of('net', net);
      const costsShown = of('costs', costs);
      // over gross costs for a committee financed by its revenues (docs/economy-formulas.md)
      const adherence =
        netShown.budgetOre === null || netShown.actualOre === null
          ? null
          : budgetAdherenceOver(netShown.budgetOre, netShown.actualOre, costsShown.budgetOre);
      const operatingNet = withoutOre(netShown);
      const unit = inTree.get(table.unitId)!;
      return {
        unitId: table.unitId,
        unitName: unit.name,
        parentId: unit.parentId,
        signConvention: convention,
        unit: table.displayUnit,
        decimals: table.decimals,
        operating: {
          costs: withoutOre(costsShown),
          revenues: withoutOre(of('revenues', revenues)),
          net: operatingNet,
        },
        investments: withoutOre(of('net', investments)),
        includingInvestments: withoutOre(of('net', addFigures(net, investments))),
        budgetAdherence: adherence === null ? null : percentString(adherence, 2),
        printedNet: period
          ? null
          : printedBeside(
              operatingNet,
              printed.filter((p) => p.economyYearId === table.id),
            ),
      };
    })
    .sort((a, b) => a.unitName.localeCompare(b.unitName, 'sv'));

  // Net and its deviation mean the same in both conventions, so units can be added up.
  const total = (pick: (unit: EconomyRollUpUnit) => RollUpFigures): RollUpFigures => {
    const sum = units.reduce<Sum>(
      (acc, unit) =>
        add(acc, {
          budget: pick(unit).budget === null ? null : toOre(pick(unit).budget!),
          actual: pick(unit).actual === null ? null : toOre(pick(unit).actual!),
        }),
      zero,
    );
    return figuresOfSum(sum);
  };
  return {
    year,
    period: period ? { id: period.id, key: period.key, name: period.name } : null,
    basis: period ? 'forecast' : 'outcome',
    units,
    total: {
      net: total((unit) => unit.operating.net),
      includingInvestments: total((unit) => unit.includingInvestments),
    },
  };
}
