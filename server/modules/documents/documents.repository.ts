import { and, asc, desc, eq, gte, isNull, lte, max, or } from 'drizzle-orm';
import type { Db } from '#server/db/client.ts';
import { usersTable } from '../people/people.table.ts';
import { orgUnitVersionsTable as units } from '../org/org.table.ts';
import { budgetYearsTable, periodsTable } from '../years/years.table.ts';
import { tenantsTable } from '../tenants/tenants.table.ts';
import { documentVersionsTable as versions } from './documents.table.ts';

/** A frozen document version as listed (without its bytes). */
export type StoredVersion = {
  id: string;
  kind: string;
  format: string;
  version: number;
  name: string;
  contentType: string;
  size: number;
  sha256: string;
  adoptedOn: string | null;
  decisionRef: string | null;
  reason: string;
  createdAt: string;
  createdByName: string | null;
};
export type NewVersion = Omit<StoredVersion, 'id' | 'createdAt' | 'createdByName'> & {
  unitId: string;
  periodId: string;
  content: Uint8Array;
};

const listed = {
  id: versions.id,
  kind: versions.kind,
  format: versions.format,
  version: versions.version,
  name: versions.name,
  contentType: versions.contentType,
  size: versions.size,
  sha256: versions.sha256,
  adoptedOn: versions.adoptedOn,
  decisionRef: versions.decisionRef,
  reason: versions.reason,
  createdAt: versions.createdAt,
  createdByName: usersTable.name,
};

const asListed = (row: Omit<StoredVersion, 'createdAt'> & { createdAt: Date }): StoredVersion => ({
  ...row,
  createdAt: row.createdAt.toISOString(),
});

/** The frozen document versions: inserted, listed, read; never changed (a trigger refuses it). */
export function createDocumentsRepository(db: Db) {
  const place = (tenantId: string, unitId: string, periodId: string) =>
    and(
      eq(versions.tenantId, tenantId),
      eq(versions.unitId, unitId),
      eq(versions.periodId, periodId),
    );
  return {
    /** The highest version number stored for the unit's period (0: none). */
    async lastVersion(tenantId: string, unitId: string, periodId: string): Promise<number> {
      const [row] = await db
        .select({ last: max(versions.version) })
        .from(versions)
        .where(place(tenantId, unitId, periodId));
      return row?.last ?? 0;
    },

    async insertVersions(tenantId: string, rows: NewVersion[], userId: string | null) {
      if (rows.length === 0) return;
      await db
        .insert(versions)
        .values(rows.map((row) => ({ ...row, tenantId, createdBy: userId })));
    },

    /** Every version of the unit's period, newest first, then by kind and format. */
    async versions(tenantId: string, unitId: string, periodId: string): Promise<StoredVersion[]> {
      const rows = await db
        .select(listed)
        .from(versions)
        .leftJoin(usersTable, eq(usersTable.id, versions.createdBy))
        .where(place(tenantId, unitId, periodId))
        .orderBy(desc(versions.version), asc(versions.kind), asc(versions.format));
      return rows.map(asListed);
    },

    /** One version with its bytes, only if it is the unit's for the period. */
    async versionFile(tenantId: string, unitId: string, periodId: string, id: string) {
      const [row] = await db
        .select({ ...listed, content: versions.content })
        .from(versions)
        .leftJoin(usersTable, eq(usersTable.id, versions.createdBy))
        .where(and(place(tenantId, unitId, periodId), eq(versions.id, id)));
      return row ? { ...asListed(row), content: row.content } : null;
    },

    /** The versions whose file has this SHA-256, in any tenant (the command line's verify). */
    async bySha256(sha256: string) {
      return (
        db
          .select({
            tenant: tenantsTable.name,
            tenantCode: tenantsTable.scbCode,
            unitId: versions.unitId,
            unit: units.name,
            year: budgetYearsTable.year,
            period: periodsTable.key,
            kind: versions.kind,
            format: versions.format,
            version: versions.version,
            adoptedOn: versions.adoptedOn,
            decisionRef: versions.decisionRef,
            createdAt: versions.createdAt,
          })
          .from(versions)
          .innerJoin(tenantsTable, eq(tenantsTable.id, versions.tenantId))
          .innerJoin(periodsTable, eq(periodsTable.id, versions.periodId))
          .innerJoin(budgetYearsTable, eq(budgetYearsTable.id, periodsTable.yearId))
          // the unit's name as it was at the end of the period
          .leftJoin(
            units,
            and(
              eq(units.unitId, versions.unitId),
              lte(units.validFrom, periodsTable.endsOn),
              or(isNull(units.validTo), gte(units.validTo, periodsTable.endsOn)),
            ),
          )
          .where(eq(versions.sha256, sha256))
          .orderBy(asc(versions.createdAt))
      );
    },
  };
}
