import { and, eq, inArray } from 'drizzle-orm';
import type { FeedbackYear } from '#contracts/feedback.ts';
import type { Db } from '#server/db/client.ts';
import { writeVersioned } from '#server/db/versioned.ts';
import { usersTable } from '../people/people.table.ts';
import { feedbackYearsTable as rows } from './feedback.table.ts';

export type StoredFeedback = {
  unitId: string;
  year: number;
  feedback: FeedbackYear;
  version: number;
  updatedAt: string;
  updatedByName: string | null;
};

export function createFeedbackRepository(db: Db) {
  return {
    async years(
      tenantId: string,
      unitIds: readonly string[] | null,
      years: readonly number[],
    ): Promise<StoredFeedback[]> {
      if (unitIds?.length === 0 || years.length === 0) return [];
      const found = await db
        .select({
          unitId: rows.unitId,
          year: rows.year,
          feedback: rows.feedback,
          version: rows.version,
          updatedAt: rows.updatedAt,
          updatedByName: usersTable.name,
        })
        .from(rows)
        .leftJoin(usersTable, eq(usersTable.id, rows.updatedBy))
        .where(
          and(
            eq(rows.tenantId, tenantId),
            inArray(rows.year, [...years]),
            unitIds ? inArray(rows.unitId, [...unitIds]) : undefined,
          ),
        );
      return found.map((row) => ({ ...row, updatedAt: row.updatedAt.toISOString() }));
    },

    /** Compare-and-set of one unit's year; false when someone else saved first. */
    async save(
      tenantId: string,
      place: { unitId: string; year: number },
      version: number,
      feedback: FeedbackYear,
      userId: string | null,
    ): Promise<boolean> {
      const written = await writeVersioned(db, rows, {
        where: and(
          eq(rows.tenantId, tenantId),
          eq(rows.unitId, place.unitId),
          eq(rows.year, place.year),
        ),
        version,
        values: { feedback, updatedBy: userId, updatedAt: new Date() },
        insert: { tenantId, ...place, feedback, updatedBy: userId },
      });
      return written !== false;
    },
  };
}
export type FeedbackRepository = ReturnType<typeof createFeedbackRepository>;
