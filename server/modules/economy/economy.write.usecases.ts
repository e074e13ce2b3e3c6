import { randomUUID } from 'node:crypto';
import type {
  CarryOversInput,
  EconomyLinesInput,
  EconomyStructureInput,
  EconomyView,
  ResultFundView,
  ResultFundWrite,
} from '#contracts/economy.ts';
import type { FieldIssue } from '#contracts/common.ts';
import { validationFailed } from '#server/errors.ts';
import { actorOf, type Principal } from '#server/principal.ts';
import {
  refreshComputedOutcomes,
  type ComputedDeps,
} from '../indicators/indicators.computed.usecases.ts';
import { economyConflict, notResultUnit } from './economy.errors.ts';
import { computeFund } from './funds/economy.funds.view.rules.ts';
import type { LineValues, StoredLine } from './economy.repository.ts';
import { economyScope, type EconomyScope } from './economy.scope.ts';
import { structureProblems } from './economy.structure.rules.ts';
import { toleranceOf } from './checks/economy.checks.stored.rules.ts';
import {
  loadEconomy,
  orderedAreas,
  readEconomy,
  viewOf,
  type Deps,
  type LoadedEconomy,
} from './economy.usecases.ts';
import { areaKindOrder } from './economy.view.rules.ts';

/**
 * Writing a unit's economy. Each write carries the version it was read at; when someone else
 * saved in between, nothing is written and the conflict carries both versions, so that no one's
 * figures are lost. Every write is audited with what was there before.
 */

const valuesOf = (line: Omit<LineValues, 'forecasts'> & { forecasts: unknown[] }) => ({
  originalBudget: line.originalBudget,
  adjustedBudget: line.adjustedBudget,
  outcome: line.outcome,
  previousYearOutcome: line.previousYearOutcome,
  printedDeviation: line.printedDeviation,
});
const isEmpty = (line: Omit<LineValues, 'forecasts'> & { forecasts: unknown[] }) =>
  Object.values(valuesOf(line)).every((value) => value === null) && line.forecasts.length === 0;

async function writableEconomy(deps: Deps, principal: Principal, unitId: string, year: number) {
  const scope = await economyScope(deps, principal, unitId, year, 'followup.write');
  await deps.economy.ensureYear(principal.tenantId, unitId, scope.yearId, principal.userId);
  return loadEconomy(deps, principal.tenantId, scope);
}

const reread = async (deps: Deps, principal: Principal, loaded: LoadedEconomy) =>
  viewOf(await loadEconomy(deps, principal.tenantId, loaded.scope), principal);

/**
 * Computed indicators (decision 004) follow the economy in the same transaction: the unit's own,
 * and those of the units above it, whose "after result transfers" counts the funds below them.
 */
const followComputed = (deps: ComputedDeps, principal: Principal, scope: EconomyScope) =>
  refreshComputedOutcomes(deps, actorOf(principal), scope.year, { unitIds: scope.ancestry });

/** Lines and printed totals, each compare-and-set; all of them are written or none. */
export async function saveLines(
  deps: ComputedDeps,
  principal: Principal,
  place: { unitId: string; year: number },
  input: EconomyLinesInput,
): Promise<EconomyView> {
  const { tenantId } = principal;
  const loaded = await writableEconomy(deps, principal, place.unitId, place.year);
  const economyYearId = loaded.stored!.id;
  const periodOf = new Map(loaded.periods.map((p) => [p.key, p.id]));
  const areaIds = new Set(loaded.table.areas.map((a) => a.id));
  const issues: FieldIssue[] = [];
  input.lines.forEach((line, i) => {
    if (!areaIds.has(line.areaId))
      issues.push({ path: `lines.${i}.areaId`, message: 'is not an area of this table' });
    line.forecasts.forEach((f, j) => {
      if (!periodOf.has(f.period))
        issues.push({
          path: `lines.${i}.forecasts.${j}.period`,
          message: `${f.period} is not a forecast period of ${place.year}`,
        });
    });
  });
  if (issues.length > 0) throw validationFailed(issues);

  const current = (areaId: string, kind: string) =>
    loaded.table.lines.find((l) => l.areaId === areaId && l.kind === kind) ?? null;
  const currentTotal = (scope: string, kind: string) =>
    loaded.table.totals.find((t) => t.scope === scope && t.kind === kind) ?? null;
  const conflicts = [
    ...input.lines
      .map((yours) => ({ yours, current: current(yours.areaId, yours.kind) }))
      .filter(({ yours, current }) => (current?.version ?? 0) !== yours.version)
      .map(({ yours, current }) => ({ areaId: yours.areaId, kind: yours.kind, current, yours })),
    ...input.printedTotals
      .map((yours) => ({ yours, current: currentTotal(yours.scope, yours.kind) }))
      .filter(({ yours, current }) => (current?.version ?? 0) !== yours.version)
      .map(({ yours, current }) => ({ scope: yours.scope, kind: yours.kind, current, yours })),
  ];
  if (conflicts.length > 0) throw economyConflict({ conflicts });

  // What is stored now, read only after a refused write (see server/db/versioned.ts).
  const stored = async () => {
    const { table } = await loadEconomy(deps, tenantId, loaded.scope);
    return {
      line: (p: { areaId: string; kind: string }) =>
        table.lines.find((l) => l.areaId === p.areaId && l.kind === p.kind) ?? null,
      total: (p: { scope: string; kind: string }) =>
        table.totals.find((t) => t.scope === p.scope && t.kind === p.kind) ?? null,
    };
  };
  const actor = actorOf(principal);
  for (const line of input.lines) {
    const before = current(line.areaId, line.kind);
    const values: LineValues | null = isEmpty(line)
      ? null
      : {
          ...valuesOf(line),
          forecasts: line.forecasts.map((f) => ({
            periodId: periodOf.get(f.period)!,
            amount: f.amount,
          })),
        };
    const place = { areaId: line.areaId, kind: line.kind };
    if (!(await deps.economy.saveLine(tenantId, place, values, line.version, principal.userId)))
      throw economyConflict({
        conflicts: [{ ...place, current: (await stored()).line(place), yours: line }],
      });
    await deps.audit.record(actor, {
      entity: 'economy_line',
      entityId: `${line.areaId}:${line.kind}`,
      action: before === null ? 'create' : values === null ? 'delete' : 'update',
      before: before && auditedLine(before),
      after: values && { ...valuesOf(line), forecasts: line.forecasts },
    });
  }
  for (const total of input.printedTotals) {
    const before = currentTotal(total.scope, total.kind);
    const { version, scope, kind, ...values } = total;
    const empty = Object.values(values).every((value) => value === null);
    const where = { scope, kind };
    if (
      !(await deps.economy.saveTotal(
        tenantId,
        economyYearId,
        where,
        empty ? null : values,
        version,
      ))
    )
      throw economyConflict({
        conflicts: [{ ...where, current: (await stored()).total(where), yours: total }],
      });
    await deps.audit.record(actor, {
      entity: 'economy_printed_total',
      entityId: `${economyYearId}:${scope}:${kind}`,
      action: before === null ? 'create' : empty ? 'delete' : 'update',
      before,
      after: empty ? null : values,
    });
  }
  await followComputed(deps, principal, loaded.scope);
  return reread(deps, principal, loaded);
}

const auditedLine = (line: StoredLine) => ({
  ...valuesOf(line),
  forecasts: line.forecasts,
});

/**
 * The table's settings and areas (model.write): new areas are made, stored ones left out are
 * removed with their figures, and the order is kept within each kind (operating, investments,
 * large projects).
 */
export async function saveStructure(
  deps: ComputedDeps,
  principal: Principal,
  place: { unitId: string; year: number },
  input: EconomyStructureInput,
): Promise<EconomyView> {
  const { tenantId } = principal;
  const scope = await economyScope(deps, principal, place.unitId, place.year, 'model.write');
  await deps.economy.ensureYear(tenantId, place.unitId, scope.yearId, principal.userId);
  const loaded = await loadEconomy(deps, tenantId, scope);
  const stored = loaded.stored!;
  const issues = structureProblems(input.areas, new Set(loaded.table.areas.map((a) => a.id)));
  if (issues.length > 0) throw validationFailed(issues);
  const settings = {
    title: input.title,
    signConvention: input.signConvention,
    displayUnit: input.unit,
    decimals: input.decimals,
  };
  const before = {
    settings: { title: stored.title, signConvention: stored.signConvention },
    areas: orderedAreas(loaded.table),
  };
  if (
    !(await deps.economy.saveSettings(
      tenantId,
      stored.id,
      settings,
      input.version,
      principal.userId,
    ))
  )
    throw economyConflict({
      current: await readEconomy(deps, principal, place.unitId, place.year),
      yours: input,
    });
  const withIds = input.areas.map((area) => ({ ...area, id: area.id ?? randomUUID() }));
  const idOf = new Map(withIds.map((area) => [area.name, area.id]));
  const ordered = withIds
    .map((area, index) => ({ area, index }))
    .sort((a, b) => areaKindOrder[a.area.kind] - areaKindOrder[b.area.kind] || a.index - b.index)
    .map(({ area }, position) => ({
      id: area.id,
      name: area.name,
      kind: area.kind,
      description: area.description,
      parentId: area.partOf === null ? null : idOf.get(area.partOf)!,
      position,
    }));
  const kept = new Set(ordered.map((area) => area.id));
  await deps.economy.deleteAreas(
    tenantId,
    loaded.table.areas.filter((area) => !kept.has(area.id)).map((area) => area.id),
  );
  await deps.economy.writeAreas(
    tenantId,
    stored.id,
    ordered,
    new Set(loaded.table.areas.map((area) => area.id)),
  );
  await deps.audit.record(actorOf(principal), {
    entity: 'economy_year',
    entityId: stored.id,
    action: 'update',
    before,
    after: { settings, areas: ordered },
  });
  await followComputed(deps, principal, loaded.scope);
  return reread(deps, principal, loaded);
}

/** The carry-over requests and their printed total, replaced as a whole (compare-and-set). */
export async function saveCarryOvers(
  deps: Deps,
  principal: Principal,
  place: { unitId: string; year: number },
  input: CarryOversInput,
): Promise<EconomyView> {
  const loaded = await writableEconomy(deps, principal, place.unitId, place.year);
  const stored = loaded.stored!;
  const { version, ...values } = input;
  if (!(await deps.economy.saveCarryOvers(principal.tenantId, stored.id, values, version)))
    throw economyConflict({
      current: { printedTotal: stored.carryOverTotal, requests: loaded.carryOvers },
      yours: input,
    });
  await deps.audit.record(actorOf(principal), {
    entity: 'carry_over_requests',
    entityId: stored.id,
    action: 'update',
    before: { printedTotal: stored.carryOverTotal, requests: loaded.carryOvers },
    after: values,
  });
  return reread(deps, principal, loaded);
}

/** A result unit's fund for the year (compare-and-set); the unit must be a result unit. */
export async function saveResultFund(
  deps: ComputedDeps,
  principal: Principal,
  place: { unitId: string; year: number },
  input: ResultFundWrite,
): Promise<ResultFundView> {
  const { tenantId } = principal;
  const scope = await economyScope(deps, principal, place.unitId, place.year, 'followup.write');
  if (!scope.unit.isResultUnit) throw notResultUnit();
  const storedFund = async () =>
    (await deps.economy.funds(tenantId, scope.yearId, [place.unitId]))[0] ?? null;
  const before = await storedFund();
  const { version, ...values } = input;
  const where = { unitId: place.unitId, yearId: scope.yearId };
  if (!(await deps.economy.saveFund(tenantId, where, values, version, principal.userId)))
    throw economyConflict({ current: await storedFund(), yours: input });
  await deps.audit.record(actorOf(principal), {
    entity: 'result_fund',
    entityId: `${place.unitId}:${place.year}`,
    action: before ? 'update' : 'create',
    before,
    after: values,
  });
  await followComputed(deps, principal, scope);
  const stored = (await storedFund())!;
  // The fund is shown in the unit's own table's unit, else in mnkr with one decimal.
  const table = await deps.economy.findYear(tenantId, place.unitId, scope.yearId);
  const settings = table ?? { displayUnit: 'mnkr' as const, decimals: 1 };
  return computeFund(
    { ...stored, unitName: scope.unit.name },
    'resultFund',
    toleranceOf(settings.displayUnit, settings.decimals),
  ).view;
}
