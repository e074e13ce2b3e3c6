import type { ReportState } from '#contracts/followup.ts';
import type { UnitAtDate } from '#contracts/org.ts';
import {
  overviewPageSize,
  startStatuses,
  type OverviewQuery,
  type StartOverview,
  type StartPage,
  type StartReport,
  type StartStatus,
} from '#contracts/start.ts';
import type { BudgetYear, Period } from '#contracts/years.ts';
import type { Repositories } from '#server/repositories.ts';
import type { Principal } from '#server/principal.ts';
import { reportContent, type ReportDeps } from '../followup/followup.usecases.ts';
import { rollUp } from '../followup/rollup/followup.rollup.usecases.ts';
import { canAnywhere, roleAllows, unitsAllowing } from '../people/people.rules.ts';
import { periodNotFound } from '../years/years.errors.ts';
import { currentPeriod, daysLeft, isOverdue, statusOf, stillToWrite } from './start.rules.ts';

type Deps = ReportDeps & Pick<Repositories, 'rollUps'>;
type Unit = { id: string; name: string };

/** What a report line needs besides its unit and period. */
type Line = { unit: Unit; period: Period; state: ReportState | null };

/**
 * The start page of the signed-in person: the reports they write, the ones waiting for their
 * approval, the council goals and the latest adopted reports. The overview of every unit is its
 * own request (startOverview), as it is paged.
 */
export async function startPage(
  deps: Deps,
  principal: Principal,
  today: string,
): Promise<StartPage> {
  const { tenantId, grants } = principal;
  const years = await deps.years.years(tenantId);
  const period = currentPeriod(years, today);
  const empty = { today, period, write: [], approve: [], council: [], adopted: [] };
  if (!period) return { ...empty, overview: false };
  const periods = periodsOfYear(years, period.year);
  const tree = await deps.org.treeAt(tenantId, period.endsOn);
  const states = await statesOf(deps, tenantId, periods);

  const lines = (units: readonly Unit[], keep: (status: StartStatus) => boolean) =>
    units.flatMap((unit) =>
      periods.flatMap((p): Line[] => {
        const state = states.get(key(unit.id, p.id)) ?? null;
        return keep(statusOf(state)) ? [{ unit, period: p, state }] : [];
      }),
    );
  const written = grants.filter((g) => g.unitId !== null && roleAllows(g.role, 'followup.write'));
  const writeUnits = tree.filter((u) => written.some((g) => g.unitId === u.id));
  const approveUnits = unitsAllowing(tree, grants, 'followup.approve');
  const readable = unitsAllowing(tree, grants, 'followup.read');

  return {
    today,
    period,
    write: await withMissing(deps, tenantId, today, lines(writeUnits, stillToWrite)),
    approve: await withMissing(
      deps,
      tenantId,
      today,
      lines(approveUnits, (status) => status === 'ready'),
    ),
    overview: unitsAllowing(tree, grants, 'model.write').length > 0,
    council: canAnywhere(grants, 'followup.read')
      ? await councilGoals(deps, principal, period)
      : [],
    adopted: lines(readable, (status) => status === 'adopted')
      .sort((a, b) => (b.state?.adoptedOn ?? '').localeCompare(a.state?.adoptedOn ?? ''))
      .slice(0, 10)
      .map((line) => reportLine(line, today, 0)),
  };
}

/**
 * Every unit of the person's part of the organisation for a period (the current one unless
 * asked), in the tree's order, with its status and, on the page shown, what it still lacks.
 */
export async function startOverview(
  deps: Deps,
  principal: Principal,
  query: OverviewQuery,
  today: string,
): Promise<StartOverview> {
  const { tenantId, grants } = principal;
  const period = query.periodId
    ? await deps.years.period(tenantId, query.periodId)
    : currentPeriod(await deps.years.years(tenantId), today);
  if (query.periodId && !period) throw periodNotFound();
  const counts = Object.fromEntries(startStatuses.map((s) => [s, 0])) as StartOverview['counts'];
  const base = {
    period,
    counts,
    units: [],
    total: 0,
    page: query.page,
    pageSize: overviewPageSize,
  };
  if (!period) return base;
  const tree = await deps.org.treeAt(tenantId, period.endsOn);
  const states = await statesOf(deps, tenantId, [period]);
  const all = inTreeOrder(unitsAllowing(tree, grants, 'model.write')).map((unit): Line => ({
    unit,
    period,
    state: states.get(key(unit.id, period.id)) ?? null,
  }));
  for (const line of all) counts[statusOf(line.state)] += 1;
  const matching = all.filter(
    (line) =>
      (query.status === undefined || statusOf(line.state) === query.status) &&
      (query.overdue === undefined ||
        isOverdue(period, statusOf(line.state), today) === query.overdue),
  );
  const shown = matching.slice((query.page - 1) * overviewPageSize, query.page * overviewPageSize);
  return {
    ...base,
    units: await withMissing(deps, tenantId, today, shown),
    total: matching.length,
  };
}

const key = (unitId: string, periodId: string) => `${unitId}/${periodId}`;

const periodsOfYear = (years: readonly BudgetYear[], year: number) =>
  [...(years.find((y) => y.year === year)?.periods ?? [])].sort((a, b) => a.position - b.position);

async function statesOf(deps: Deps, tenantId: string, periods: readonly Period[]) {
  const all = await Promise.all(periods.map((p) => deps.followup.states(tenantId, p.id)));
  return new Map(all.flat().map((state) => [key(state.unitId, state.periodId), state]));
}

function reportLine({ unit, period, state }: Line, today: string, missing: number): StartReport {
  const status = statusOf(state);
  return {
    unit: { id: unit.id, name: unit.name },
    period,
    status,
    daysLeft: daysLeft(period, today),
    overdue: isOverdue(period, status, today),
    missing,
    returnComment: state?.returnComment ?? '',
    adoptedOn: state?.adoptedOn ?? null,
  };
}

/** The lines with what each report still lacks, read one report after the other. */
async function withMissing(deps: Deps, tenantId: string, today: string, lines: readonly Line[]) {
  const result: StartReport[] = [];
  for (const line of lines) {
    const content = await reportContent(deps, tenantId, line.unit.id, line.period);
    result.push(reportLine(line, today, content.missing.length));
  }
  return result;
}

async function councilGoals(deps: Deps, principal: Principal, period: Period) {
  const found = await rollUp(deps, principal, period.id, 'council');
  return found.goals.map(({ goal, counts }) => ({
    id: goal.id,
    number: goal.number,
    title: goal.title,
    counts,
  }));
}

/** Depth first from the roots, children by name: the order of the organisation tree. */
function inTreeOrder(units: readonly UnitAtDate[]): UnitAtDate[] {
  const ids = new Set(units.map((u) => u.id));
  const children = new Map<string | null, UnitAtDate[]>();
  for (const unit of units) {
    const parent = unit.parentId !== null && ids.has(unit.parentId) ? unit.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), unit]);
  }
  const ordered: UnitAtDate[] = [];
  const visit = (parent: string | null) => {
    for (const unit of (children.get(parent) ?? []).sort((a, b) =>
      a.name.localeCompare(b.name, 'sv'),
    )) {
      ordered.push(unit);
      visit(unit.id);
    }
  };
  visit(null);
  return ordered;
}
