import type {
  ComputedStaff,
  IndexDefinition,
  IndexDefinitions,
  IndexDefinitionsInput,
  StaffFigures,
  StaffFiguresInput,
  StaffRollUp,
  StaffView,
} from '#contracts/hr.ts';
import type { UnitAtDate } from '#contracts/org.ts';
import type { Repositories } from '#server/repositories.ts';
import { actorOf, type Principal } from '#server/principal.ts';
import { can } from '../people/people.rules.ts';
import { refreshComputedOutcomes } from '../indicators/indicators.computed.usecases.ts';
import { staffConflict } from './hr.errors.ts';
import type { StoredStaff } from './hr.repository.ts';
import {
  DEFAULT_INDICES,
  addCounts,
  computeStaff,
  countsOf,
  staffFindings,
  staffOf,
  weighable,
} from './hr.rules.ts';
import { unitYearScope } from './hr.scope.ts';

/**
 * Staff key figures of a unit's year: read with last year's beside them, written by hand with
 * compare-and-set, and rolled up over the organisation (hr.rules.ts). A write recomputes the
 * indicators that take their outcome from staff figures (decision 004), in the same transaction.
 */
export type HrDeps = Pick<
  Repositories,
  'org' | 'years' | 'economy' | 'audit' | 'goals' | 'indicators' | 'followup' | 'hr' | 'feedback'
>;

export async function indicesOf(
  deps: Pick<Repositories, 'hr'>,
  tenantId: string,
  year: number,
): Promise<IndexDefinitions> {
  const stored = await deps.hr.indexSet(tenantId, year);
  return stored
    ? { year, version: stored.version, indices: stored.indices }
    : { year, version: 0, indices: DEFAULT_INDICES };
}

const yearView = (year: number, stored: StoredStaff | undefined, keys: readonly string[]) => ({
  year,
  figures: stored?.figures ?? null,
  computed: stored ? staffOf(stored.figures, keys) : null,
  version: stored?.version ?? 0,
  updatedAt: stored?.updatedAt ?? null,
  updatedByName: stored?.updatedByName ?? null,
});

export async function staffView(
  deps: Pick<Repositories, 'org' | 'hr'>,
  principal: Principal,
  unitId: string,
  year: number,
): Promise<StaffView> {
  const scope = await unitYearScope(deps, principal, unitId, year, 'followup.read');
  const { indices } = await indicesOf(deps, principal.tenantId, year);
  const keys = indices.map((i) => i.key);
  const rows = await deps.hr.figures(principal.tenantId, [unitId], [year, year - 1]);
  const current = rows.find((r) => r.year === year);
  return {
    unit: scope.unit,
    indices,
    current: yearView(year, current, keys),
    previous: yearView(
      year - 1,
      rows.find((r) => r.year === year - 1),
      keys,
    ),
    findings: current ? staffFindings(current.figures) : [],
    may: { write: can(principal.grants, 'followup.write', scope.ancestry) },
  };
}

/** Every unit's own figures of a year are written through here, by hand or by an import. */
export async function writeStaff(
  deps: HrDeps,
  principal: Principal,
  place: { unitId: string; year: number },
  version: number,
  figures: StaffFigures,
): Promise<void> {
  const { tenantId } = principal;
  const [before] = await deps.hr.figures(tenantId, [place.unitId], [place.year]);
  const saved = await deps.hr.save(tenantId, place, version, figures, principal.userId);
  if (!saved) {
    const [current] = await deps.hr.figures(tenantId, [place.unitId], [place.year]);
    throw staffConflict({ current: current ?? null, yours: figures });
  }
  await deps.audit.record(actorOf(principal), {
    entity: 'hr_staff_figures',
    entityId: place.unitId,
    action: before ? 'update' : 'create',
    before: before ? { year: place.year, figures: before.figures } : null,
    after: { year: place.year, figures },
  });
  await refreshSourced(deps, principal, place);
}

/** The indicators computed from staff figures or feedback, of the unit and the units above it. */
export async function refreshSourced(
  deps: HrDeps,
  principal: Principal,
  place: { unitId: string; year: number },
): Promise<void> {
  const unitIds = await deps.org.ancestry(principal.tenantId, place.unitId, `${place.year}-12-31`);
  await refreshComputedOutcomes(deps, actorOf(principal), place.year, { unitIds });
}

export async function saveStaffFigures(
  deps: HrDeps,
  principal: Principal,
  place: { unitId: string; year: number },
  input: StaffFiguresInput,
): Promise<StaffView> {
  await unitYearScope(deps, principal, place.unitId, place.year, 'followup.write');
  const { version, ...figures } = input;
  await writeStaff(deps, principal, place, version, figures);
  return staffView(deps, principal, place.unitId, place.year);
}

/** The index names of a tenant's year; only a tenant administrator (years.manage) names them. */
export async function saveIndexDefinitions(
  deps: Pick<Repositories, 'hr' | 'audit'>,
  principal: Principal,
  place: { year: number },
  input: IndexDefinitionsInput,
): Promise<IndexDefinitions> {
  const before = await indicesOf(deps, principal.tenantId, place.year);
  const saved = await deps.hr.saveIndexSet(
    principal.tenantId,
    place.year,
    input.version,
    input.indices,
    principal.userId,
  );
  if (!saved)
    throw staffConflict({
      current: await indicesOf(deps, principal.tenantId, place.year),
      yours: input,
    });
  await deps.audit.record(actorOf(principal), {
    entity: 'hr_index_sets',
    entityId: principal.tenantId,
    action: before.version === 0 ? 'create' : 'update',
    before: before.version === 0 ? null : before,
    after: { year: place.year, indices: input.indices },
  });
  return indicesOf(deps, principal.tenantId, place.year);
}

/** The unit and the units below it at `date`, each with its depth below the unit, in tree order. */
export function subtree(tree: readonly UnitAtDate[], unitId: string) {
  const children = new Map<string, UnitAtDate[]>();
  for (const unit of tree)
    if (unit.parentId) children.set(unit.parentId, [...(children.get(unit.parentId) ?? []), unit]);
  const root = tree.find((u) => u.id === unitId);
  const out: { unit: UnitAtDate; depth: number }[] = [];
  const walk = (unit: UnitAtDate, depth: number) => {
    out.push({ unit, depth });
    for (const child of (children.get(unit.id) ?? []).sort((a, b) =>
      a.name.localeCompare(b.name, 'sv'),
    ))
      walk(child, depth + 1);
  };
  if (root) walk(root, 0);
  return out;
}

/** The roll-up of a unit's subtree in a year (no rows: null). */
export async function rolledUp(
  deps: Pick<Repositories, 'org' | 'hr'>,
  tenantId: string,
  unitId: string,
  year: number,
  keys: readonly string[],
): Promise<{ total: ComputedStaff; rows: StoredStaff[] } | null> {
  const units = subtree(await deps.org.treeAt(tenantId, `${year}-12-31`), unitId);
  const rows = await deps.hr.figures(
    tenantId,
    units.map((u) => u.unit.id),
    [year],
  );
  if (rows.length === 0) return null;
  const total =
    rows.length === 1
      ? staffOf(rows[0]!.figures, keys)
      : computeStaff(addCounts(rows.map((r) => countsOf(r.figures))), keys);
  return { total, rows };
}

export async function staffRollUp(
  deps: Pick<Repositories, 'org' | 'hr'>,
  principal: Principal,
  unitId: string,
  year: number,
): Promise<StaffRollUp> {
  const { tenantId } = principal;
  const scope = await unitYearScope(deps, principal, unitId, year, 'followup.read');
  const { indices } = await indicesOf(deps, tenantId, year);
  const keys = indices.map((i) => i.key);
  const units = subtree(await deps.org.treeAt(tenantId, scope.date), unitId);
  const rows = await deps.hr.figures(
    tenantId,
    units.map((u) => u.unit.id),
    [year],
  );
  const current = await rolledUp(deps, tenantId, unitId, year, keys);
  const previous = await rolledUp(deps, tenantId, unitId, year - 1, keys);
  const withRows = units.flatMap(({ unit, depth }) => {
    const row = rows.find((r) => r.unitId === unit.id);
    return row ? [{ id: unit.id, name: unit.name, depth, row }] : [];
  });
  return {
    unit: scope.unit,
    year,
    indices,
    units: withRows.map(({ row, ...unit }) => ({ ...unit, computed: staffOf(row.figures, keys) })),
    total: current?.total ?? computeStaff(addCounts([]), keys),
    previousTotal: previous?.total ?? null,
    unweighed: withRows.filter((u) => !weighable(u.row.figures)).map((u) => u.name),
  };
}

export type { IndexDefinition };
