import { and, asc, desc, eq, inArray, isNotNull } from 'drizzle-orm';
import type { EvaluationInput, PointKind } from '#contracts/compass.ts';
import type { ActivityStatus } from '#contracts/assessment.ts';
import type { Db } from '#server/db/client.ts';
import { activityReportsTable } from '../activities/activities.table.ts';
import { periodsTable } from '../years/years.table.ts';
import {
  compassAreasTable as areas,
  compassEvaluationsTable as evaluations,
  compassPointsTable as points,
  compassSubAreasTable as subAreas,
} from './compass.table.ts';

export type StoredEvaluation = {
  id: string;
  heldIn: string;
  ordinal: number | null;
  modelVersion: string;
  interviewees: string;
  notes: string;
  areas: {
    id: string;
    no: number;
    name: string;
    sectionName: string;
    printedAchieved: number | null;
    printedMax: number | null;
    printedPercent: number | null;
    sectionPoints: number | null;
    subAreas: {
      no: string;
      name: string;
      achieved: number;
      max: number;
      printedPercent: number | null;
    }[];
    points: { id: string; kind: PointKind; text: string; activityId: string | null }[];
  }[];
};

export function createCompassRepository(db: Db) {
  return {
    /** The tenant's evaluations (or the one asked for), whole, the latest first. */
    async evaluations(tenantId: string, evaluationId?: string): Promise<StoredEvaluation[]> {
      const heads = await db
        .select()
        .from(evaluations)
        .where(
          and(
            eq(evaluations.tenantId, tenantId),
            evaluationId ? eq(evaluations.id, evaluationId) : undefined,
          ),
        )
        .orderBy(desc(evaluations.heldIn));
      if (heads.length === 0) return [];
      const ids = heads.map((h) => h.id);
      const areaRows = await db
        .select()
        .from(areas)
        .where(and(eq(areas.tenantId, tenantId), inArray(areas.evaluationId, ids)))
        .orderBy(asc(areas.no));
      const areaIds = areaRows.map((a) => a.id);
      const subRows =
        areaIds.length === 0
          ? []
          : await db.select().from(subAreas).where(inArray(subAreas.areaId, areaIds));
      const pointRows =
        areaIds.length === 0
          ? []
          : await db
              .select()
              .from(points)
              .where(inArray(points.areaId, areaIds))
              .orderBy(asc(points.position));
      return heads.map((head) => ({
        id: head.id,
        heldIn: head.heldIn,
        ordinal: head.ordinal,
        modelVersion: head.modelVersion,
        interviewees: head.interviewees,
        notes: head.notes,
        areas: areaRows
          .filter((a) => a.evaluationId === head.id)
          .map((a) => ({
            id: a.id,
            no: a.no,
            name: a.name,
            sectionName: a.sectionName,
            printedAchieved: a.printedAchieved,
            printedMax: a.printedMax,
            printedPercent: a.printedPercent,
            sectionPoints: a.sectionPoints,
            subAreas: subRows
              .filter((s) => s.areaId === a.id)
              .map(({ no, name, achieved, max, printedPercent }) => ({
                no,
                name,
                achieved,
                max,
                printedPercent,
              })),
            points: pointRows
              .filter((p) => p.areaId === a.id)
              .map(({ id, kind, text, activityId }) => ({ id, kind, text, activityId })),
          })),
      }));
    },

    async idOfMonth(tenantId: string, heldIn: string): Promise<string | null> {
      const [row] = await db
        .select({ id: evaluations.id })
        .from(evaluations)
        .where(and(eq(evaluations.tenantId, tenantId), eq(evaluations.heldIn, heldIn)));
      return row?.id ?? null;
    },

    /** Writes a whole evaluation; its areas, sub-areas and points in the input's order. */
    async insert(tenantId: string, input: EvaluationInput, userId: string | null): Promise<string> {
      const [head] = await db
        .insert(evaluations)
        .values({
          tenantId,
          heldIn: input.heldIn,
          ordinal: input.ordinal,
          modelVersion: input.modelVersion,
          interviewees: input.interviewees,
          notes: input.notes,
          updatedBy: userId,
        })
        .returning({ id: evaluations.id });
      for (const area of input.areas) {
        const [row] = await db
          .insert(areas)
          .values({
            tenantId,
            evaluationId: head!.id,
            no: area.no,
            name: area.name,
            sectionName: area.sectionName,
            printedAchieved: area.printedAchieved,
            printedMax: area.printedMax,
            printedPercent: area.printedPercent,
            sectionPoints: area.sectionPoints,
          })
          .returning({ id: areas.id });
        await db
          .insert(subAreas)
          .values(area.subAreas.map((s) => ({ tenantId, areaId: row!.id, ...s })));
        if (area.points.length > 0)
          await db.insert(points).values(
            area.points.map((p, position) => ({
              tenantId,
              areaId: row!.id,
              kind: p.kind,
              text: p.text,
              position,
            })),
          );
      }
      return head!.id;
    },

    async remove(tenantId: string, evaluationId: string): Promise<void> {
      await db
        .delete(evaluations)
        .where(and(eq(evaluations.tenantId, tenantId), eq(evaluations.id, evaluationId)));
    },

    /** A point with the evaluation and area it belongs to. */
    async point(tenantId: string, pointId: string) {
      const [row] = await db
        .select({
          id: points.id,
          kind: points.kind,
          text: points.text,
          activityId: points.activityId,
          areaNo: areas.no,
          areaName: areas.name,
          evaluationId: areas.evaluationId,
          heldIn: evaluations.heldIn,
        })
        .from(points)
        .innerJoin(areas, eq(areas.id, points.areaId))
        .innerJoin(evaluations, eq(evaluations.id, areas.evaluationId))
        .where(and(eq(points.tenantId, tenantId), eq(points.id, pointId)));
      return row ?? null;
    },

    async linkActivity(tenantId: string, pointId: string, activityId: string): Promise<void> {
      await db
        .update(points)
        .set({ activityId })
        .where(and(eq(points.tenantId, tenantId), eq(points.id, pointId)));
    },

    /** Each activity's status in its responsible unit's latest report that gives one. */
    async latestStatuses(
      tenantId: string,
      activities: readonly { id: string; unitId: string }[],
    ): Promise<Map<string, ActivityStatus>> {
      const found = new Map<string, ActivityStatus>();
      if (activities.length === 0) return found;
      const rows = await db
        .select({
          activityId: activityReportsTable.activityId,
          unitId: activityReportsTable.unitId,
          status: activityReportsTable.status,
        })
        .from(activityReportsTable)
        .innerJoin(periodsTable, eq(periodsTable.id, activityReportsTable.periodId))
        .where(
          and(
            eq(activityReportsTable.tenantId, tenantId),
            inArray(
              activityReportsTable.activityId,
              activities.map((a) => a.id),
            ),
            isNotNull(activityReportsTable.status),
          ),
        )
        .orderBy(desc(periodsTable.endsOn));
      for (const row of rows) {
        const own = activities.find((a) => a.id === row.activityId);
        if (own?.unitId === row.unitId && !found.has(row.activityId) && row.status)
          found.set(row.activityId, row.status);
      }
      return found;
    },
  };
}
