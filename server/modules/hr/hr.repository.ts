import { and, eq, inArray } from 'drizzle-orm';
import type { IndexDefinition, StaffFigures } from '#contracts/hr.ts';
import type { Db } from '#server/db/client.ts';
import { writeVersioned } from '#server/db/versioned.ts';
import { usersTable } from '../people/people.table.ts';
import { hrIndexSetsTable as sets, hrStaffFiguresTable as rows } from './hr.table.ts';

export type StoredStaff = {
  unitId: string;
  year: number;
  figures: StaffFigures;
  version: number;
  updatedAt: string;
  updatedByName: string | null;
};

export function createHrRepository(db: Db) {
  const select = () =>
    db
      .select({
        unitId: rows.unitId,
        year: rows.year,
        figures: rows.figures,
        version: rows.version,
        updatedAt: rows.updatedAt,
        updatedByName: usersTable.name,
      })
      .from(rows)
      .leftJoin(usersTable, eq(usersTable.id, rows.updatedBy));
  const stored = (row: Awaited<ReturnType<ReturnType<typeof select>['execute']>>[number]) => ({
    ...row,
    updatedAt: row.updatedAt.toISOString(),
  });

  return {
    /** The rows of the units (all of the tenant's when `unitIds` is null) in the years. */
    async figures(
      tenantId: string,
      unitIds: readonly string[] | null,
      years: readonly number[],
    ): Promise<StoredStaff[]> {
      if (unitIds?.length === 0 || years.length === 0) return [];
      const found = await select().where(
        and(
          eq(rows.tenantId, tenantId),
          inArray(rows.year, [...years]),
          unitIds ? inArray(rows.unitId, [...unitIds]) : undefined,
        ),
      );
      return found.map(stored);
    },

    /** Compare-and-set of one unit's year; false when someone else saved first. */
    async save(
      tenantId: string,
      place: { unitId: string; year: number },
      version: number,
      figures: StaffFigures | null,
      userId: string | null,
    ): Promise<boolean> {
      const written = await writeVersioned(db, rows, {
        where: and(
          eq(rows.tenantId, tenantId),
          eq(rows.unitId, place.unitId),
          eq(rows.year, place.year),
        ),
        version,
        values: figures && { figures, updatedBy: userId, updatedAt: new Date() },
        insert: figures ? { tenantId, ...place, figures, updatedBy: userId } : undefined,
      });
      return written !== false;
    },

    async indexSet(
      tenantId: string,
      year: number,
    ): Promise<{ indices: IndexDefinition[]; version: number } | null> {
      const [found] = await db
        .select({ indices: sets.indices, version: sets.version })
        .from(sets)
        .where(and(eq(sets.tenantId, tenantId), eq(sets.year, year)));
      return found ?? null;
    },

    async saveIndexSet(
      tenantId: string,
      year: number,
      version: number,
      indices: IndexDefinition[],
      userId: string | null,
    ): Promise<boolean> {
      const written = await writeVersioned(db, sets, {
        where: and(eq(sets.tenantId, tenantId), eq(sets.year, year)),
        version,
        values: { indices, updatedBy: userId, updatedAt: new Date() },
        insert: { tenantId, year, indices, updatedBy: userId },
      });
      return written !== false;
    },
  };
}
export type HrRepository = ReturnType<typeof createHrRepository>;
