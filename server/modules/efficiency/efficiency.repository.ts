import { and, asc, eq, inArray } from 'drizzle-orm';
import type { AreaLinks, AreaLinksInput } from '#contracts/efficiency.ts';
import type { Db } from '#server/db/client.ts';
import { economyAreaLinksTable as links } from './efficiency.table.ts';

export function createEfficiencyRepository(db: Db) {
  return {
    /** The links of the areas, one entry per area (areas without links have empty lists). */
    async ofAreas(tenantId: string, areaIds: readonly string[]): Promise<AreaLinks[]> {
      if (areaIds.length === 0) return [];
      const rows = await db
        .select()
        .from(links)
        .where(and(eq(links.tenantId, tenantId), inArray(links.areaId, [...areaIds])))
        .orderBy(asc(links.updatedAt), asc(links.id));
      return areaIds.map((areaId) => {
        const own = rows.filter((row) => row.areaId === areaId);
        return {
          areaId,
          goalIds: own.flatMap((row) => (row.goalId ? [row.goalId] : [])),
          indicators: own.flatMap((row) =>
            row.indicatorId
              ? [{ indicatorId: row.indicatorId, countsOutput: row.countsOutput }]
              : [],
          ),
        };
      });
    },

    /** Replaces the area's links as a whole. */
    async replace(
      tenantId: string,
      areaId: string,
      input: AreaLinksInput,
      userId: string | null,
    ): Promise<void> {
      await db.delete(links).where(and(eq(links.tenantId, tenantId), eq(links.areaId, areaId)));
      const values = [
        ...input.goalIds.map((goalId) => ({ tenantId, areaId, goalId, updatedBy: userId })),
        ...input.indicators.map((i) => ({
          tenantId,
          areaId,
          indicatorId: i.indicatorId,
          countsOutput: i.countsOutput,
          updatedBy: userId,
        })),
      ];
      if (values.length > 0) await db.insert(links).values(values);
    },
  };
}
export type EfficiencyRepository = ReturnType<typeof createEfficiencyRepository>;
