import { and, asc, eq, inArray } from 'drizzle-orm';
import type { BudgetYear, Period, PeriodInput } from '#contracts/years.ts';
import type { Db } from '#server/db/client.ts';
import { cachedQuery } from '#server/db/statements.ts';
import { budgetYearsTable, periodsTable } from './years.table.ts';

const periodColumns = {
  id: periodsTable.id,
  yearId: periodsTable.yearId,
  year: budgetYearsTable.year,
  key: periodsTable.key,
  name: periodsTable.name,
  kind: periodsTable.kind,
  startsOn: periodsTable.startsOn,
  endsOn: periodsTable.endsOn,
  deadline: periodsTable.deadline,
  position: periodsTable.position,
};
const periodsOf = (db: Db) =>
  db
    .select(periodColumns)
    .from(periodsTable)
    .innerJoin(budgetYearsTable, eq(budgetYearsTable.id, periodsTable.yearId));

// every report read and save asks for its period (and the read for last year's): built once
const periodById = cachedQuery(['tenantId', 'periodId'], (db, v) =>
  periodsOf(db).where(and(eq(periodsTable.tenantId, v.tenantId), eq(periodsTable.id, v.periodId))),
);
const periodOfYearByKey = cachedQuery(['tenantId', 'year', 'key'], (db, v) =>
  periodsOf(db).where(
    and(
      eq(periodsTable.tenantId, v.tenantId),
      eq(budgetYearsTable.year, v.year),
      eq(periodsTable.key, v.key),
    ),
  ),
);

export function createYearsRepository(db: Db) {
  const periodsQuery = () => periodsOf(db);

  return {
    async years(tenantId: string): Promise<BudgetYear[]> {
      const years = await db
        .select({ id: budgetYearsTable.id, year: budgetYearsTable.year })
        .from(budgetYearsTable)
        .where(eq(budgetYearsTable.tenantId, tenantId))
        .orderBy(asc(budgetYearsTable.year));
      const periods = await periodsQuery()
        .where(eq(periodsTable.tenantId, tenantId))
        .orderBy(asc(periodsTable.position));
      return years.map((y) => ({ ...y, periods: periods.filter((p) => p.yearId === y.id) }));
    },

    async yearId(tenantId: string, year: number): Promise<string | null> {
      const [row] = await db
        .select({ id: budgetYearsTable.id })
        .from(budgetYearsTable)
        .where(and(eq(budgetYearsTable.tenantId, tenantId), eq(budgetYearsTable.year, year)));
      return row?.id ?? null;
    },

    async period(tenantId: string, periodId: string): Promise<Period | null> {
      const [row] = await periodById(db, { tenantId, periodId });
      return row ?? null;
    },

    /** The period with the same key in another year (last year's VB for this year's VB). */
    async periodByKey(tenantId: string, year: number, key: string): Promise<Period | null> {
      const [row] = await periodOfYearByKey(db, { tenantId, year, key });
      return row ?? null;
    },

    async periodsByIds(tenantId: string, ids: string[]): Promise<Period[]> {
      if (ids.length === 0) return [];
      return periodsQuery().where(
        and(eq(periodsTable.tenantId, tenantId), inArray(periodsTable.id, ids)),
      );
    },

    async createYear(tenantId: string, year: number, periods: PeriodInput[]): Promise<string> {
      const [made] = await db
        .insert(budgetYearsTable)
        .values({ tenantId, year })
        .returning({ id: budgetYearsTable.id });
      const yearId = made!.id;
      await db
        .insert(periodsTable)
        .values(periods.map((p, position) => ({ ...p, tenantId, yearId, position })));
      return yearId;
    },
  };
}
export type YearsRepository = ReturnType<typeof createYearsRepository>;
