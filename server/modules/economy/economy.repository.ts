import { and, asc, eq, sql } from 'drizzle-orm';
import type {
  AreaKind,
  DisplayUnit,
  LineKind,
  Money,
  PrintedTotal,
  SignConvention,
  TotalScope,
} from '#contracts/economy.ts';
import type { Db } from '#server/db/client.ts';
import { rowsOf } from '#server/db/transaction.ts';
import { savedVersioned, writeVersioned } from '#server/db/versioned.ts';
import { createEconomyFundsRepository } from './funds/economy.funds.repository.ts';
import { createEconomyStatementsRepository } from './economy.statements.repository.ts';
import { usersTable } from '../people/people.table.ts';
import {
  economyAreasTable,
  economyForecastsTable,
  economyLinesTable,
  economyPrintedTotalsTable,
  economyYearsTable,
} from './economy.table.ts';

/** A unit's economy table for a year, as stored. */
export type StoredEconomyYear = {
  id: string;
  unitId: string;
  yearId: string;
  title: string;
  signConvention: SignConvention;
  displayUnit: DisplayUnit;
  decimals: number;
  carryOverTotal: Money | null;
  version: number;
  carryOverVersion: number;
  investmentAccountVersion: number;
  balanceSheetVersion: number;
};

export type StoredArea = {
  id: string;
  name: string;
  position: number;
  parentId: string | null;
  kind: AreaKind;
  description: string;
};

export type LineValues = {
  originalBudget: Money | null;
  adjustedBudget: Money | null;
  outcome: Money | null;
  previousYearOutcome: Money | null;
  printedDeviation: Money | null;
  /** by period id */
  forecasts: { periodId: string; amount: Money }[];
};

export type StoredLine = LineValues & {
  id: string;
  areaId: string;
  kind: LineKind;
  version: number;
  updatedAt: string;
  updatedByName: string | null;
};

export type TotalValues = Omit<PrintedTotal, 'version' | 'scope' | 'kind'>;

export type StoredTable = { areas: StoredArea[]; lines: StoredLine[]; totals: PrintedTotal[] };

export type Settings = Pick<
  StoredEconomyYear,
  'title' | 'signConvention' | 'displayUnit' | 'decimals'
>;

/** A line to write in bulk (an import): new lines get `id`, changed ones keep theirs. */
export type BulkLine = LineValues & { id: string; areaId: string; kind: LineKind; version: number };
export type BulkArea = Omit<StoredArea, 'position'> & { position: number };

const y = economyYearsTable;
const a = economyAreasTable;
const l = economyLinesTable;
const f = economyForecastsTable;
const pt = economyPrintedTotalsTable;

const yearColumns = {
  id: y.id,
  unitId: y.unitId,
  yearId: y.yearId,
  title: y.title,
  signConvention: y.signConvention,
  displayUnit: y.displayUnit,
  decimals: y.decimals,
  carryOverTotal: y.carryOverTotal,
  version: y.version,
  carryOverVersion: y.carryOverVersion,
  investmentAccountVersion: y.investmentAccountVersion,
  balanceSheetVersion: y.balanceSheetVersion,
};

const lineValues = (line: Omit<LineValues, 'forecasts'>) => ({
  originalBudget: line.originalBudget,
  adjustedBudget: line.adjustedBudget,
  outcome: line.outcome,
  previousYearOutcome: line.previousYearOutcome,
  printedDeviation: line.printedDeviation,
});

/** Many rows in one statement: a JSON array read by jsonb_to_recordset, the same on both drivers. */
const json = (rows: unknown[]) => sql`${JSON.stringify(rows)}::jsonb`;

/** The ids as one JSON parameter: a file may name more rows than a statement may have parameters. */
const idsIn = (ids: string[]) =>
  sql`(select id from jsonb_to_recordset(${json(ids.map((id) => ({ id })))}) as x(id uuid))`;

export function createEconomyRepository(db: Db) {
  async function deleteByIds(table: typeof a | typeof l, tenantId: string, ids: string[]) {
    if (ids.length === 0) return;
    await db.execute(
      sql`delete from ${table} where ${table.tenantId} = ${tenantId} and ${table.id} in ${idsIn(ids)}`,
    );
  }

  async function findYear(tenantId: string, unitId: string, yearId: string) {
    const [row] = await db
      .select(yearColumns)
      .from(y)
      .where(and(eq(y.tenantId, tenantId), eq(y.unitId, unitId), eq(y.yearId, yearId)));
    return (row ?? null) as StoredEconomyYear | null;
  }

  return {
    findYear,

    /** The unit's table for the year, made (empty, with the defaults) if there is none. */
    async ensureYear(tenantId: string, unitId: string, yearId: string, userId: string | null) {
      await db
        .insert(y)
        // version 0: a table no one has shaped yet reads the same whether or not its row exists
        .values({ tenantId, unitId, yearId, version: 0, updatedBy: userId })
        .onConflictDoNothing();
      return (await findYear(tenantId, unitId, yearId))!;
    },

    /** Every table of the year: which units have an economy, and how each is signed. */
    async yearsOf(tenantId: string, yearId: string): Promise<StoredEconomyYear[]> {
      return (await db
        .select(yearColumns)
        .from(y)
        .where(and(eq(y.tenantId, tenantId), eq(y.yearId, yearId)))) as StoredEconomyYear[];
    },

    /** Every table's printed Summa netto of the year (scope operating, kind net), for the roll-up. */
    async printedNetTotals(tenantId: string, yearId: string) {
      return db
        .select({
          economyYearId: pt.economyYearId,
          scope: pt.scope,
          kind: pt.kind,
          originalBudget: pt.originalBudget,
          adjustedBudget: pt.adjustedBudget,
          outcome: pt.outcome,
          deviation: pt.deviation,
        })
        .from(pt)
        .innerJoin(y, eq(y.id, pt.economyYearId))
        .where(
          and(
            eq(pt.tenantId, tenantId),
            eq(y.yearId, yearId),
            eq(pt.scope, 'operating'),
            eq(pt.kind, 'net'),
          ),
        );
    },

    async table(tenantId: string, economyYearId: string): Promise<StoredTable> {
      const areas = await db
        .select({
          id: a.id,
          name: a.name,
          position: a.position,
          parentId: a.parentId,
          kind: a.kind,
          description: a.description,
        })
        .from(a)
        .where(and(eq(a.tenantId, tenantId), eq(a.economyYearId, economyYearId)))
        .orderBy(asc(a.position));
      const lines = await db
        .select({ line: l, updatedByName: usersTable.name })
        .from(l)
        .innerJoin(a, eq(a.id, l.areaId))
        .leftJoin(usersTable, eq(usersTable.id, l.updatedBy))
        .where(and(eq(l.tenantId, tenantId), eq(a.economyYearId, economyYearId)));
      const forecasts = await db
        .select({ lineId: f.lineId, periodId: f.periodId, amount: f.amount })
        .from(f)
        .innerJoin(l, eq(l.id, f.lineId))
        .innerJoin(a, eq(a.id, l.areaId))
        .where(and(eq(f.tenantId, tenantId), eq(a.economyYearId, economyYearId)));
      const byLine = new Map<string, { periodId: string; amount: Money }[]>();
      for (const forecast of forecasts)
        byLine.set(forecast.lineId, [
          ...(byLine.get(forecast.lineId) ?? []),
          { periodId: forecast.periodId, amount: forecast.amount },
        ]);
      const totals = await db
        .select({
          scope: pt.scope,
          kind: pt.kind,
          originalBudget: pt.originalBudget,
          adjustedBudget: pt.adjustedBudget,
          outcome: pt.outcome,
          previousYearOutcome: pt.previousYearOutcome,
          deviation: pt.deviation,
          version: pt.version,
        })
        .from(pt)
        .where(and(eq(pt.tenantId, tenantId), eq(pt.economyYearId, economyYearId)));
      return {
        areas,
        lines: lines.map(({ line, updatedByName }) => ({
          id: line.id,
          areaId: line.areaId,
          kind: line.kind,
          ...lineValues(line),
          forecasts: byLine.get(line.id) ?? [],
          version: line.version,
          updatedAt: line.updatedAt.toISOString(),
          updatedByName,
        })),
        totals,
      };
    },

    /** Compare-and-set of the table's settings; bumps the structure version. */
    async saveSettings(
      tenantId: string,
      economyYearId: string,
      settings: Settings,
      version: number,
      userId: string | null,
    ): Promise<boolean> {
      return savedVersioned(db, y, {
        where: and(eq(y.tenantId, tenantId), eq(y.id, economyYearId)),
        version,
        values: { ...settings, updatedBy: userId, updatedAt: new Date() },
        existing: true,
      });
    },

    /**
     * Inserts new areas and rewrites existing ones (name, order, parent, kind, text) in one
     * statement; a sub-row may point at an area inserted by the same statement, since the
     * foreign key is checked at its end.
     */
    async writeAreas(
      tenantId: string,
      economyYearId: string,
      areas: BulkArea[],
      existingIds: ReadonlySet<string>,
    ) {
      if (areas.length === 0) return;
      // Names are unique per table: park the rewritten ones under their ids first, so that two
      // areas can swap names in one write.
      const existing = areas.filter((x) => existingIds.has(x.id)).map((x) => x.id);
      if (existing.length > 0)
        await db.execute(sql`
          update ${a} set name = ${a.id}::text
          where ${a.tenantId} = ${tenantId} and ${a.economyYearId} = ${economyYearId}
            and ${a.id} in ${idsIn(existing)}`);
      await db.execute(sql`
        insert into ${a} (id, tenant_id, economy_year_id, name, position, parent_id, kind, description)
        select x.id, ${tenantId}, ${economyYearId}, x.name, x.position, x."parentId", x.kind, x.description
        from jsonb_to_recordset(${json(areas)})
          as x(id uuid, name text, position int, "parentId" uuid, kind text, description text)
        on conflict (id) do update set name = excluded.name, position = excluded.position,
          parent_id = excluded.parent_id, kind = excluded.kind, description = excluded.description
        where ${a}.tenant_id = ${tenantId}`);
    },

    /** Removes areas with their lines and forecasts (the foreign keys cascade). */
    async deleteAreas(tenantId: string, ids: string[]) {
      await deleteByIds(a, tenantId, ids);
    },

    /**
     * Compare-and-set of one line (version 0: not stored yet). `values` null removes it. False
     * when someone else wrote it first.
     */
    async saveLine(
      tenantId: string,
      place: { areaId: string; kind: LineKind },
      values: LineValues | null,
      version: number,
      userId: string | null,
    ): Promise<boolean> {
      const where = and(
        eq(l.tenantId, tenantId),
        eq(l.areaId, place.areaId),
        eq(l.kind, place.kind),
      );
      const row = values && { ...lineValues(values), updatedBy: userId, updatedAt: new Date() };
      const lineId = await writeVersioned(db, l, {
        where,
        version,
        values: row,
        insert: row ? { ...row, ...place, tenantId } : undefined,
      });
      if (lineId === false) return false;
      if (values === null || lineId === null) return true;
      await db.delete(f).where(and(eq(f.tenantId, tenantId), eq(f.lineId, lineId)));
      if (values.forecasts.length > 0)
        await db
          .insert(f)
          .values(values.forecasts.map((forecast) => ({ ...forecast, tenantId, lineId })));
      return true;
    },

    /**
     * Writes many lines at once (an import): inserts the new, rewrites the changed with their
     * version bumped, and replaces their forecasts. The caller has worked out what changed.
     */
    async writeLines(tenantId: string, lines: BulkLine[], userId: string | null): Promise<boolean> {
      if (lines.length === 0) return true;
      const rows = lines.map((line) => ({
        id: line.id,
        areaId: line.areaId,
        kind: line.kind,
        ...lineValues(line),
        version: line.version,
      }));
      const columns = sql`as x(id uuid, "areaId" uuid, kind text, "originalBudget" numeric,
        "adjustedBudget" numeric, outcome numeric, "previousYearOutcome" numeric,
        "printedDeviation" numeric, version int)`;
      const fresh = rows.filter((row) => row.version === 1);
      const changed = rows.filter((row) => row.version > 1);
      if (fresh.length > 0)
        await db.execute(sql`
          insert into ${l} (id, tenant_id, area_id, kind, original_budget, adjusted_budget, outcome,
            previous_year_outcome, printed_deviation, version, updated_by, updated_at)
          select x.id, ${tenantId}, x."areaId", x.kind, x."originalBudget", x."adjustedBudget",
            x.outcome, x."previousYearOutcome", x."printedDeviation", 1, ${userId}::uuid, now()
          from jsonb_to_recordset(${json(fresh)}) ${columns}`);
      if (changed.length > 0) {
        // A changed line is rewritten only from the version it was read at: if someone saved it
        // in between, fewer rows are written and the caller gives up.
        const written = await db.execute(sql`
          with written as (
            update ${l} set original_budget = x."originalBudget", adjusted_budget = x."adjustedBudget",
              outcome = x.outcome, previous_year_outcome = x."previousYearOutcome",
              printed_deviation = x."printedDeviation", version = x.version,
              updated_by = ${userId}::uuid, updated_at = now()
            from jsonb_to_recordset(${json(changed)}) ${columns}
            where ${l.id} = x.id and ${l.tenantId} = ${tenantId} and ${l.version} = x.version - 1
            returning 1)
          select count(*)::int as n from written`);
        if (rowsOf<{ n: number }>(written)[0]?.n !== changed.length) return false;
        await db.execute(sql`
          delete from ${f} where ${f.tenantId} = ${tenantId}
            and ${f.lineId} in ${idsIn(changed.map((r) => r.id))}`);
      }
      const forecasts = lines.flatMap((line) =>
        line.forecasts.map((forecast) => ({ lineId: line.id, ...forecast })),
      );
      if (forecasts.length > 0)
        await db.execute(sql`
          insert into ${f} (tenant_id, line_id, period_id, amount)
          select ${tenantId}, x."lineId", x."periodId", x.amount
          from jsonb_to_recordset(${json(forecasts)}) as x("lineId" uuid, "periodId" uuid, amount numeric)`);
      return true;
    },

    async deleteLines(tenantId: string, ids: string[]) {
      await deleteByIds(l, tenantId, ids);
    },

    /** Compare-and-set of a printed total; `values` null removes it. */
    async saveTotal(
      tenantId: string,
      economyYearId: string,
      place: { scope: TotalScope; kind: LineKind },
      values: TotalValues | null,
      version: number,
    ): Promise<boolean> {
      const where = and(
        eq(pt.tenantId, tenantId),
        eq(pt.economyYearId, economyYearId),
        eq(pt.scope, place.scope),
        eq(pt.kind, place.kind),
      );
      return savedVersioned(db, pt, {
        where,
        version,
        values,
        insert: values ? { ...values, ...place, tenantId, economyYearId } : undefined,
      });
    },

    ...createEconomyFundsRepository(db),
    ...createEconomyStatementsRepository(db),
  };
}
export type EconomyRepository = ReturnType<typeof createEconomyRepository>;
