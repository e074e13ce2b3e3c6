import { and, asc, eq } from 'drizzle-orm';
import type { BalanceRowWrite, InvestmentRowWrite } from '#contracts/economy.statements.ts';
import type { Db } from '#server/db/client.ts';
import { savedVersioned } from '#server/db/versioned.ts';
import {
  balanceSheetRowsTable,
  economyYearsTable,
  investmentAccountRowsTable,
} from './economy.table.ts';

/** The investment account and the balance sheet of a unit's year: part of the economy repository. */

const y = economyYearsTable;
const i = investmentAccountRowsTable;
const b = balanceSheetRowsTable;

export function createEconomyStatementsRepository(db: Db) {
  const ofYear = (table: typeof i | typeof b, tenantId: string, economyYearId: string) =>
    and(eq(table.tenantId, tenantId), eq(table.economyYearId, economyYearId));
  /** Bumps the list's version on the unit's year (compare-and-set). */
  const bump = (
    tenantId: string,
    economyYearId: string,
    version: number,
    versionColumn: typeof y.investmentAccountVersion | typeof y.balanceSheetVersion,
  ) =>
    savedVersioned(db, y, {
      where: and(eq(y.tenantId, tenantId), eq(y.id, economyYearId)),
      version,
      values: {},
      versionColumn,
      existing: true,
    });

  return {
    async investmentAccount(
      tenantId: string,
      economyYearId: string,
    ): Promise<InvestmentRowWrite[]> {
      const rows = await db
        .select()
        .from(i)
        .where(ofYear(i, tenantId, economyYearId))
        .orderBy(asc(i.position));
      return rows.map((row) => ({
        kind: row.kind,
        group: row.projectGroup,
        name: row.name,
        expenditureLimit: row.expenditureLimit,
        accumulatedOutcome: row.accumulatedOutcome,
        accumulatedDeviation: row.accumulatedDeviation,
        budget: row.budget,
        outcome: row.outcome,
        deviation: row.deviation,
      }));
    },

    /** Replaces the investment account's rows (compare-and-set on its version). */
    async saveInvestmentAccount(
      tenantId: string,
      economyYearId: string,
      rows: readonly InvestmentRowWrite[],
      version: number,
    ): Promise<boolean> {
      if (!(await bump(tenantId, economyYearId, version, y.investmentAccountVersion))) return false;
      await db.delete(i).where(ofYear(i, tenantId, economyYearId));
      if (rows.length > 0)
        await db.insert(i).values(
          rows.map(({ group, ...row }, position) => ({
            ...row,
            projectGroup: group,
            tenantId,
            economyYearId,
            position,
          })),
        );
      return true;
    },

    async balanceSheet(tenantId: string, economyYearId: string): Promise<BalanceRowWrite[]> {
      const rows = await db
        .select()
        .from(b)
        .where(ofYear(b, tenantId, economyYearId))
        .orderBy(asc(b.position));
      return rows.map((row) => ({
        kind: row.kind,
        section: row.section,
        label: row.label,
        thisYear: row.thisYear,
        lastYear: row.lastYear,
        change: row.change,
      }));
    },

    /** Replaces the balance sheet's rows (compare-and-set on its version). */
    async saveBalanceSheet(
      tenantId: string,
      economyYearId: string,
      rows: readonly BalanceRowWrite[],
      version: number,
    ): Promise<boolean> {
      if (!(await bump(tenantId, economyYearId, version, y.balanceSheetVersion))) return false;
      await db.delete(b).where(ofYear(b, tenantId, economyYearId));
      if (rows.length > 0)
        await db
          .insert(b)
          .values(rows.map((row, position) => ({ ...row, tenantId, economyYearId, position })));
      return true;
    },
  };
}
