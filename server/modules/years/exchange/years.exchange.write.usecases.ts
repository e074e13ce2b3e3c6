import { randomUUID } from 'node:crypto';
import { yearFileFormat, yearFileVersion, type YearFile } from '#contracts/years.exchange.ts';
import type { BudgetYear } from '#contracts/years.ts';
import { defaultGoalLevelSettings } from '#contracts/goals.levels.ts';
import { noticed } from '#server/db/batch.ts';
import type { Repositories } from '#server/repositories.ts';
import { actorOf, type Principal } from '#server/principal.ts';
import { refreshComputedOutcomes } from '../../indicators/indicators.computed.usecases.ts';
import { createYear } from '../years.usecases.ts';
import type { ImportPlan } from './years.exchange.plan.rules.ts';
import type { UnitOf } from './years.exchange.rules.ts';
import { buildRows, type WriteContext } from './years.exchange.write.rules.ts';
import { writeAccounts, type AccountsPlan } from './years.exchange.accounts.usecases.ts';

export type WriteDeps = Pick<
  Repositories,
  | 'org'
  | 'years'
  | 'goals'
  | 'indicators'
  | 'activities'
  | 'followup'
  | 'audit'
  | 'economy'
  | 'exchange'
  | 'goalLevels'
  | 'reports'
  | 'hr'
  | 'feedback'
  | 'internalControl'
>;

/** How far a write has come; a caller may show it, or stop it (a test does). */
export type WriteStep =
  'year' | 'rows_built' | 'rows_written' | 'audited' | 'computed' | 'accounts';

export type WriteOptions = {
  unitOf: UnitOf;
  unitId: string;
  plan: ImportPlan;
  budgetYear: BudgetYear | null;
  /** the goals assigned to the unit before the import */
  assignedHere: ReadonlySet<string>;
  /** version 4: the internal control, staff figures and feedback to write, if any */
  accounts?: AccountsPlan;
  /** aborted when the client has gone or the time is up: the write stops between batches */
  signal?: AbortSignal;
  progress?: (step: WriteStep) => void;
};

/**
 * The budget year, made with the file's periods unless it is there; a year the import makes
 * takes the file's goal levels, stored (as saveGoalLevels) where they are not the default.
 */
async function ensureYear(
  deps: WriteDeps,
  principal: Principal,
  file: YearFile,
  given: BudgetYear | null,
) {
  if (given) return given;
  const actor = actorOf(principal);
  const year = await createYear(deps, actor, { year: file.year, periods: file.periods });
  if (JSON.stringify(file.levels) !== JSON.stringify(defaultGoalLevelSettings)) {
    await deps.goalLevels.save(principal.tenantId, year.id, file.levels);
    const after = { year: file.year, levels: file.levels };
    await deps.audit.record(actor, {
      entity: 'goal_levels',
      entityId: year.id,
      action: 'create',
      after,
    });
  }
  return year;
}

/** Where the new goals and activities go, as the use cases that create one at a time place them. */
async function contextOf(
  deps: WriteDeps,
  principal: Principal,
  file: YearFile,
  year: BudgetYear,
  { unitOf, unitId, plan, assignedHere }: WriteOptions,
): Promise<WriteContext> {
  const responsible = file.activities.flatMap((a, i) =>
    plan.activities[i] === null
      ? [unitOf(a.responsible)!, ...a.coResponsible.map((r) => unitOf(r)!)]
      : [],
  );
  const positions = await deps.exchange.positions(principal.tenantId, year.id, [
    ...new Set(responsible),
  ]);
  const periods = new Map(year.periods.map((p) => [p.key, p.id]));
  return {
    tenantId: principal.tenantId,
    userId: principal.userId,
    unitId,
    year: file.year,
    yearId: year.id,
    periodId: (key) => periods.get(key)!,
    unitOf,
    plan,
    nextGoalPosition: positions.nextGoalPosition,
    assignedHere,
    activitiesOfUnit: positions.activitiesOfUnit,
    newId: randomUUID,
    now: new Date(),
  };
}

/** What the import as a whole did, the last entry of the audit log. */
function summaryEntry(file: YearFile, { unitId, plan }: WriteOptions) {
  return {
    entity: 'unit_year',
    entityId: `${unitId}/${file.year}`,
    action: 'create' as const,
    after: {
      format: yearFileFormat,
      formatVersion: yearFileVersion,
      from: file.tenant.scbCode,
      goals: plan.goals.filter((id) => id === null).length,
      indicators: plan.indicators.filter((p) => p.existingId === null).length,
      activities: plan.activities.filter((id) => id === null).length,
    },
  };
}

/**
 * Writes a checked file: the rows the app's own use cases would write, made and audited in the
 * importing user's name, but a table at a time in multi-row statements, so that the time grows
 * with the file and not with its square. The caller's transaction makes it all or nothing; an
 * aborted signal stops it between batches, and the caller's transaction then rolls back.
 */
export async function writeYear(
  deps: WriteDeps,
  principal: Principal,
  file: YearFile,
  options: WriteOptions,
): Promise<void> {
  const { signal, progress = () => {} } = options;
  const year = await ensureYear(deps, principal, file, options.budgetYear);
  progress('year');
  if (options.accounts) {
    // Through the modules' own use cases, which audit each write. Before the file's indicators
    // and outcomes: a staff figure or feedback write recomputes the unit's computed indicators
    // as the module does, and the file's computed outcomes must then stand as the file has them
    // (see the refresh below), not be recomputed from an economy this tenant does not hold.
    await writeAccounts(deps, principal, file, options.unitId, options.accounts);
    progress('accounts');
    if (signal) await noticed(signal);
  }
  const ctx = await contextOf(deps, principal, file, year, options);
  const { rows, indicatorIds } = buildRows(file, ctx);
  progress('rows_built');
  if (signal) await noticed(signal);
  await deps.exchange.insert(rows, signal);
  progress('rows_written');
  if (signal) await noticed(signal);
  await deps.audit.recordMany(actorOf(principal), rows.audit, signal);
  progress('audited');
  if (signal) await noticed(signal);

  // Where this tenant has an economy for the year, it decides the computed outcomes, as after
  // any economy write: the unit's imported values give way to its own figures, and an indicator
  // the file brought with a formula is computed for the other units too, as setting a formula
  // by hand does. Where there is no economy (the usual case in another installation), the
  // file's values stand until one is entered.
  const computedIds = indicatorIds.filter((_, i) => file.indicators[i]!.formula);
  if (computedIds.length > 0)
    await refreshComputedOutcomes(deps, actorOf(principal), file.year, {
      indicatorIds: computedIds,
    });
  progress('computed');
  if (signal) await noticed(signal);
  await deps.audit.record(actorOf(principal), summaryEntry(file, options));
}
