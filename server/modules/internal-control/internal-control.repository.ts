import { and, asc, eq, inArray, max } from 'drizzle-orm';
import type {
  Adoption,
  AdoptionInput,
  CarriedMeasure,
  ControlInput,
  FollowUpInput,
  RiskInput,
} from '#contracts/internal-control.ts';
import type { Db } from '#server/db/client.ts';
import { savedVersioned } from '#server/db/versioned.ts';
import { usersTable } from '../people/people.table.ts';
import { periodsTable } from '../years/years.table.ts';
import {
  internalControlAdoptionsTable as adoptions,
  internalControlControlsTable as controls,
  internalControlFollowUpsTable as followUps,
  internalControlRisksTable as risks,
} from './internal-control.table.ts';

export type StoredRisk = Omit<typeof risks.$inferSelect, 'updatedAt' | 'updatedBy'> & {
  updatedAt: string | null;
  updatedByName: string | null;
};
export type StoredControl = Omit<typeof controls.$inferSelect, 'updatedAt' | 'updatedBy'> & {
  updatedAt: string | null;
  updatedByName: string | null;
};
export type StoredFollowUp = Omit<typeof followUps.$inferSelect, 'updatedAt' | 'updatedBy'> & {
  periodKey: string;
  updatedAt: string | null;
  updatedByName: string | null;
};

const iso = (at: Date | null) => (at ? at.toISOString() : null);

export function createInternalControlRepository(db: Db) {
  return {
    /** The risks of the units in the year, each unit's in its order. */
    async risks(
      tenantId: string,
      yearId: string,
      unitIds: readonly string[],
    ): Promise<StoredRisk[]> {
      if (unitIds.length === 0) return [];
      const rows = await db
        .select({ risk: risks, updatedByName: usersTable.name })
        .from(risks)
        .leftJoin(usersTable, eq(usersTable.id, risks.updatedBy))
        .where(
          and(
            eq(risks.tenantId, tenantId),
            eq(risks.yearId, yearId),
            inArray(risks.unitId, [...unitIds]),
          ),
        )
        .orderBy(asc(risks.unitId), asc(risks.position), asc(risks.id));
      return rows.map(({ risk, updatedByName }) => ({
        ...risk,
        updatedAt: iso(risk.updatedAt),
        updatedByName,
      }));
    },

    /** The units that have a risk analysis in the year. */
    async unitsWithRisks(tenantId: string, yearId: string): Promise<string[]> {
      const rows = await db
        .selectDistinct({ unitId: risks.unitId })
        .from(risks)
        .where(and(eq(risks.tenantId, tenantId), eq(risks.yearId, yearId)));
      return rows.map((r) => r.unitId);
    },

    async controls(tenantId: string, riskIds: readonly string[]): Promise<StoredControl[]> {
      if (riskIds.length === 0) return [];
      const rows = await db
        .select({ control: controls, updatedByName: usersTable.name })
        .from(controls)
        .leftJoin(usersTable, eq(usersTable.id, controls.updatedBy))
        .where(and(eq(controls.tenantId, tenantId), inArray(controls.riskId, [...riskIds])))
        .orderBy(asc(controls.position), asc(controls.id));
      return rows.map(({ control, updatedByName }) => ({
        ...control,
        updatedAt: iso(control.updatedAt),
        updatedByName,
      }));
    },

    async followUps(tenantId: string, controlIds: readonly string[]): Promise<StoredFollowUp[]> {
      if (controlIds.length === 0) return [];
      const rows = await db
        .select({
          followUp: followUps,
          periodKey: periodsTable.key,
          updatedByName: usersTable.name,
        })
        .from(followUps)
        .innerJoin(periodsTable, eq(periodsTable.id, followUps.periodId))
        .leftJoin(usersTable, eq(usersTable.id, followUps.updatedBy))
        .where(and(eq(followUps.tenantId, tenantId), inArray(followUps.controlId, [...controlIds])))
        .orderBy(asc(periodsTable.position));
      return rows.map(({ followUp, periodKey, updatedByName }) => ({
        ...followUp,
        periodKey,
        updatedAt: iso(followUp.updatedAt),
        updatedByName,
      }));
    },

    async adoption(tenantId: string, unitId: string, yearId: string): Promise<Adoption | null> {
      const [row] = await db
        .select({ adoption: adoptions, updatedByName: usersTable.name })
        .from(adoptions)
        .leftJoin(usersTable, eq(usersTable.id, adoptions.updatedBy))
        .where(
          and(
            eq(adoptions.tenantId, tenantId),
            eq(adoptions.unitId, unitId),
            eq(adoptions.yearId, yearId),
          ),
        );
      if (!row) return null;
      const { adoptedOn, adoptedBy, dnr, version, updatedAt } = row.adoption;
      return {
        adoptedOn,
        adoptedBy,
        dnr,
        version,
        updatedAt: iso(updatedAt),
        updatedByName: row.updatedByName,
      };
    },

    async insertRisk(
      tenantId: string,
      place: { unitId: string; yearId: string },
      input: RiskInput & { previousRiskId?: string | null; carried?: CarriedMeasure[] },
      userId: string | null,
    ): Promise<string> {
      const [last] = await db
        .select({ position: max(risks.position) })
        .from(risks)
        .where(
          and(
            eq(risks.tenantId, tenantId),
            eq(risks.unitId, place.unitId),
            eq(risks.yearId, place.yearId),
          ),
        );
      const [made] = await db
        .insert(risks)
        .values({
          tenantId,
          ...place,
          ...input,
          position: (last?.position ?? 0) + 1,
          updatedBy: userId,
        })
        .returning({ id: risks.id });
      return made!.id;
    },

    updateRisk(
      tenantId: string,
      id: string,
      version: number,
      input: RiskInput,
      userId: string | null,
    ) {
      return savedVersioned(db, risks, {
        where: and(eq(risks.tenantId, tenantId), eq(risks.id, id)),
        version,
        values: { ...input, updatedBy: userId, updatedAt: new Date() },
        existing: true,
      });
    },

    removeRisk(tenantId: string, id: string, version: number) {
      return savedVersioned(db, risks, {
        where: and(eq(risks.tenantId, tenantId), eq(risks.id, id)),
        version,
        values: null,
      });
    },

    async insertControl(
      tenantId: string,
      riskId: string,
      input: ControlInput,
      userId: string | null,
    ): Promise<string> {
      const [last] = await db
        .select({ position: max(controls.position) })
        .from(controls)
        .where(and(eq(controls.tenantId, tenantId), eq(controls.riskId, riskId)));
      const [made] = await db
        .insert(controls)
        .values({
          tenantId,
          riskId,
          ...input,
          position: (last?.position ?? 0) + 1,
          updatedBy: userId,
        })
        .returning({ id: controls.id });
      return made!.id;
    },

    updateControl(
      tenantId: string,
      id: string,
      version: number,
      input: ControlInput,
      userId: string | null,
    ) {
      return savedVersioned(db, controls, {
        where: and(eq(controls.tenantId, tenantId), eq(controls.id, id)),
        version,
        values: { ...input, updatedBy: userId, updatedAt: new Date() },
        existing: true,
      });
    },

    removeControl(tenantId: string, id: string, version: number) {
      return savedVersioned(db, controls, {
        where: and(eq(controls.tenantId, tenantId), eq(controls.id, id)),
        version,
        values: null,
      });
    },

    saveFollowUp(
      tenantId: string,
      place: { controlId: string; periodId: string },
      input: FollowUpInput,
      userId: string | null,
    ) {
      const { version, ...values } = input;
      return savedVersioned(db, followUps, {
        where: and(
          eq(followUps.tenantId, tenantId),
          eq(followUps.controlId, place.controlId),
          eq(followUps.periodId, place.periodId),
        ),
        version,
        values: { ...values, updatedBy: userId, updatedAt: new Date() },
        insert: { tenantId, ...place, ...values, updatedBy: userId },
      });
    },

    saveAdoption(
      tenantId: string,
      place: { unitId: string; yearId: string },
      input: AdoptionInput,
      userId: string | null,
    ) {
      const { version, ...values } = input;
      return savedVersioned(db, adoptions, {
        where: and(
          eq(adoptions.tenantId, tenantId),
          eq(adoptions.unitId, place.unitId),
          eq(adoptions.yearId, place.yearId),
        ),
        version,
        values: { ...values, updatedBy: userId, updatedAt: new Date() },
        insert: { tenantId, ...place, ...values, updatedBy: userId },
      });
    },

    removeAdoption(tenantId: string, place: { unitId: string; yearId: string }, version: number) {
      return savedVersioned(db, adoptions, {
        where: and(
          eq(adoptions.tenantId, tenantId),
          eq(adoptions.unitId, place.unitId),
          eq(adoptions.yearId, place.yearId),
        ),
        version,
        values: null,
      });
    },
  };
}
export type InternalControlRepository = ReturnType<typeof createInternalControlRepository>;
