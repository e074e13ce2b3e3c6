import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { CarryOverWrite, Money, ResultFundWrite } from '#contracts/economy.ts';
import type { Db } from '#server/db/client.ts';
import { rowsOf } from '#server/db/transaction.ts';
import { savedVersioned } from '#server/db/versioned.ts';
import {
  carryOverRequestsTable,
  economyAreasTable,
  economyForecastsTable,
  economyLinesTable,
  economyYearsTable,
  resultFundsTable,
} from '../economy.table.ts';

/** Carry-over requests, result funds and the roll-up's sums: part of the economy repository. */

export type StoredFund = Omit<ResultFundWrite, 'version'> & { unitId: string; version: number };

const y = economyYearsTable;
const a = economyAreasTable;
const l = economyLinesTable;
const f = economyForecastsTable;

export function createEconomyFundsRepository(db: Db) {
  return {
    async carryOvers(tenantId: string, economyYearId: string): Promise<CarryOverWrite[]> {
      const c = carryOverRequestsTable;
      return db
        .select({
          purpose: c.purpose,
          category: c.category,
          amount: c.amount,
          decisionRef: c.decisionRef,
          amountInDecision: c.amountInDecision,
        })
        .from(c)
        .where(and(eq(c.tenantId, tenantId), eq(c.economyYearId, economyYearId)))
        .orderBy(asc(c.position));
    },

    /** Replaces the carry-over requests and their printed total (compare-and-set). */
    async saveCarryOvers(
      tenantId: string,
      economyYearId: string,
      input: { printedTotal: Money | null; requests: CarryOverWrite[] },
      version: number,
    ): Promise<boolean> {
      const c = carryOverRequestsTable;
      const bumped = await savedVersioned(db, y, {
        where: and(eq(y.tenantId, tenantId), eq(y.id, economyYearId)),
        version,
        values: { carryOverTotal: input.printedTotal },
        versionColumn: y.carryOverVersion,
        existing: true,
      });
      if (!bumped) return false;
      await db.delete(c).where(and(eq(c.tenantId, tenantId), eq(c.economyYearId, economyYearId)));
      if (input.requests.length > 0)
        await db.insert(c).values(
          input.requests.map((request, position) => ({
            ...request,
            tenantId,
            economyYearId,
            position,
          })),
        );
      return true;
    },

    async funds(tenantId: string, yearId: string, unitIds: string[]): Promise<StoredFund[]> {
      if (unitIds.length === 0) return [];
      const r = resultFundsTable;
      const rows = await db
        .select()
        .from(r)
        .where(and(eq(r.tenantId, tenantId), eq(r.yearId, yearId), inArray(r.unitId, unitIds)));
      return rows.map((row) => ({
        unitId: row.unitId,
        turnover: row.turnover,
        budget: row.budget,
        capBase: row.capBase,
        resultBeforeDisposition: row.resultBeforeDisposition,
        opening: row.opening,
        surplusOwnAction: row.surplusOwnAction,
        used: row.used,
        closing: row.closing,
        closingShareOfBase: normalisePercent(row.closingShareOfBase),
        note: row.note,
        version: row.version,
      }));
    },

    /** Compare-and-set of a result unit's fund (version 0: none stored yet). */
    async saveFund(
      tenantId: string,
      place: { unitId: string; yearId: string },
      values: Omit<ResultFundWrite, 'version'>,
      version: number,
      userId: string | null,
    ): Promise<boolean> {
      const r = resultFundsTable;
      const row = { ...values, updatedBy: userId, updatedAt: new Date() };
      return savedVersioned(db, r, {
        where: and(
          eq(r.tenantId, tenantId),
          eq(r.unitId, place.unitId),
          eq(r.yearId, place.yearId),
        ),
        version,
        values: row,
        insert: { ...row, ...place, tenantId },
      });
    },

    /**
     * Per table of the year and line kind, the sums over its areas of the original and the
     * adjusted budget (the rules choose the compared one from the sums, as for the unit's own
     * totals), the outcome and a period's forecast, for operating areas that
     * are not sub-rows and for investment areas. A sum is null when one area lacks the figure,
     * as in the rules' totals, so that no total silently leaves an area out.
     */
    async rollUpSums(tenantId: string, yearId: string, periodId: string | null) {
      const result = await db.execute(sql`
        select ey.id as "economyYearId", ar.kind as "areaKind", k.kind,
          case when bool_and(li.original_budget is not null)
            then sum(li.original_budget) end::text as "originalBudget",
          case when bool_and(li.adjusted_budget is not null)
            then sum(li.adjusted_budget) end::text as "adjustedBudget",
          case when bool_and(li.outcome is not null) then sum(li.outcome) end::text as outcome,
          case when bool_and(fc.amount is not null) then sum(fc.amount) end::text as forecast
        from ${y} ey
        join ${a} ar on ar.economy_year_id = ey.id and ar.tenant_id = ey.tenant_id
        cross join (values ('costs'), ('revenues')) as k(kind)
        left join ${l} li on li.area_id = ar.id and li.kind = k.kind and li.tenant_id = ey.tenant_id
        left join ${f} fc on fc.line_id = li.id and fc.period_id = ${periodId}::uuid
          and fc.tenant_id = ey.tenant_id
        where ey.tenant_id = ${tenantId} and ey.year_id = ${yearId}
          and ar.parent_id is null and ar.kind in ('operating', 'investment')
        group by ey.id, ar.kind, k.kind`);
      return rowsOf<{
        economyYearId: string;
        areaKind: 'operating' | 'investment';
        kind: 'costs' | 'revenues';
        originalBudget: string | null;
        adjustedBudget: string | null;
        outcome: string | null;
        forecast: string | null;
      }>(result);
    },
  };
}

/** PostgreSQL prints numeric(10,4) as "10.0000"; the contract's percent is "10". */
export function normalisePercent(value: string | null): string | null {
  if (value === null || !value.includes('.')) return value;
  return value.replace(/0+$/, '').replace(/\.$/, '');
}
