import { and, asc, desc, eq, gte, inArray, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type {
  LineageKind,
  ReorganisationDetail,
  ReorganisationSummary,
  UnitAtDate,
} from '#contracts/org.ts';
import type { Db } from '#server/db/client.ts';
import { cachedStatement } from '#server/db/statements.ts';
import { rowsOf } from '#server/db/transaction.ts';
import { auditLogTable } from '../audit/audit.table.ts';
import { stateOf, type ReorganisationPlan, type StoredVersion } from './org.rules.ts';
import {
  orgLineageTable,
  orgUnitsTable,
  orgUnitVersionsTable,
  reorganisationsTable,
} from './org.table.ts';

const v = orgUnitVersionsTable;
const r = reorganisationsTable;

const unitColumns = {
  id: v.unitId,
  name: v.name,
  shortName: v.shortName,
  code: v.code,
  kind: v.kind,
  parentId: v.parentId,
  isResultUnit: v.isResultUnit,
  validFrom: v.validFrom,
  validTo: v.validTo,
};
const versionColumns = {
  ...unitColumns,
  versionId: v.id,
  reorganisationId: v.reorganisationId,
  reorganisationTitle: r.title,
};

export type StoredLineage = {
  fromUnitId: string;
  toUnitId: string;
  kind: LineageKind;
  effectiveDate: string;
  reorganisationId: string;
};

/**
 * The chain from a unit up through its parents as they stood on `date` (a unit's version valid
 * that day, else its latest), as rows (unit_id, depth); the unit itself at depth 0. A cycle in
 * the data ends in the caller, which stops at the first unit seen twice.
 */
export const ancestryRows = (tenantId: unknown, unitId: SQL, date: SQL) => {
  const pick = (unit: SQL) => sql`
    select x.unit_id, x.parent_id from ${v} x
    where x.tenant_id = ${tenantId} and x.unit_id = ${unit}
    order by (x.valid_from <= ${date}::date
              and (x.valid_to is null or x.valid_to >= ${date}::date)) desc,
             x.valid_from desc
    limit 1`;
  return sql`
    with recursive chain(unit_id, parent_id, depth) as (
      select p.unit_id, p.parent_id, 0 from (${pick(unitId)}) p
      union all
      select p.unit_id, p.parent_id, c.depth + 1
      from chain c cross join lateral (${pick(sql`c.parent_id`)}) p
      where c.parent_id is not null and c.depth < 100
    )
    select unit_id, depth from chain`;
};

/** The chain's units in order, up to the first one seen twice. */
export const chainOf = (unitIds: readonly string[]): string[] => {
  const chain: string[] = [];
  for (const unitId of unitIds) {
    if (chain.includes(unitId)) break;
    chain.push(unitId);
  }
  return chain;
};

// built once (server/db/statements.ts)
const ancestryOf = cachedStatement(
  ['tenantId', 'unitId', 'date'],
  ({ tenantId, unitId, date }) =>
    sql`select unit_id from (${ancestryRows(tenantId, sql`${unitId}::uuid`, sql`${date}`)}) c
        order by depth`,
);

export function createOrgRepository(db: Db) {
  const selectVersions = () =>
    db.select(versionColumns).from(v).leftJoin(r, eq(r.id, v.reorganisationId));

  // Who made it, as the audit log wrote it down at the time (the demo seed has no user id).
  // Drizzle leaves column names unqualified inside `sql`, so the correlated subquery spells
  // out its tables.
  const createdByName = sql<string | null>`(
    select a.user_name from ${auditLogTable} a
    where a.tenant_id = ${r}.tenant_id
      and a.entity = 'reorganisation'
      and a.entity_id = ${r}.id::text
    order by a.id limit 1)`;
  const summaryColumns = {
    id: r.id,
    title: r.title,
    effectiveDate: r.effectiveDate,
    decidedOn: r.decidedOn,
    decisionRef: r.decisionRef,
    createdAt: r.createdAt,
    createdByName,
    changeCount: sql<number>`jsonb_array_length(${r.changes})::int`,
  };
  const summaryOf = <T extends { createdAt: Date }>(row: T) => ({
    ...row,
    createdAt: row.createdAt.toISOString(),
  });

  return {
    /** The units valid on `date` (unsorted: the caller orders them). */
    async treeAt(tenantId: string, date: string): Promise<UnitAtDate[]> {
      return db
        .select(unitColumns)
        .from(v)
        .where(
          and(
            eq(v.tenantId, tenantId),
            lte(v.validFrom, date),
            or(isNull(v.validTo), gte(v.validTo, date)),
          ),
        );
    },

    /** Every version of the tenant's organisation: what a reorganisation is planned against. */
    async versions(tenantId: string): Promise<StoredVersion[]> {
      return selectVersions()
        .where(eq(v.tenantId, tenantId))
        .orderBy(asc(v.unitId), asc(v.validFrom));
    },

    async versionsOfUnits(tenantId: string, unitIds: string[]): Promise<StoredVersion[]> {
      if (unitIds.length === 0) return [];
      return selectVersions()
        .where(and(eq(v.tenantId, tenantId), inArray(v.unitId, unitIds)))
        .orderBy(asc(v.unitId), asc(v.validFrom));
    },

    async lineage(tenantId: string): Promise<StoredLineage[]> {
      const l = orgLineageTable;
      return db
        .select({
          fromUnitId: l.fromUnitId,
          toUnitId: l.toUnitId,
          kind: l.kind,
          effectiveDate: l.effectiveDate,
          reorganisationId: l.reorganisationId,
        })
        .from(l)
        .where(eq(l.tenantId, tenantId))
        .orderBy(asc(l.effectiveDate), asc(l.id));
    },

    /**
     * The unit and its ancestors, self first. Each step takes the version valid on `date`, or
     * else the unit's last version, so that a closed unit still sits where it last sat. The
     * depth limit guards against a loop in bad data.
     */
    async ancestry(tenantId: string, unitId: string, date: string): Promise<string[]> {
      const result = await ancestryOf(db, { tenantId, unitId, date });
      return chainOf(rowsOf<{ unit_id: string }>(result).map((row) => row.unit_id));
    },

    async insertReorganisation(
      tenantId: string,
      values: Pick<
        typeof r.$inferInsert,
        'title' | 'effectiveDate' | 'decidedOn' | 'decisionRef' | 'description' | 'changes'
      > & { createdBy: string | null },
    ): Promise<string> {
      const [row] = await db
        .insert(r)
        .values({ tenantId, ...values })
        .returning({ id: r.id });
      return row!.id;
    },

    /** Write a validated plan: new units, then the versions, then the lineage. */
    async applyPlan(tenantId: string, reorganisationId: string, plan: ReorganisationPlan) {
      if (plan.newUnits.length > 0)
        await db.insert(orgUnitsTable).values(plan.newUnits.map(({ id }) => ({ id, tenantId })));
      // Every closed version ends the same day, the day before the effective date.
      for (const validTo of new Set(plan.closeVersions.map((c) => c.validTo))) {
        const ids = plan.closeVersions.filter((c) => c.validTo === validTo).map((c) => c.versionId);
        await db
          .update(v)
          .set({ validTo })
          .where(and(eq(v.tenantId, tenantId), inArray(v.id, ids)));
      }
      if (plan.deleteVersions.length > 0)
        await db.delete(v).where(
          and(
            eq(v.tenantId, tenantId),
            inArray(
              v.id,
              plan.deleteVersions.map((d) => d.versionId),
            ),
          ),
        );
      for (const update of plan.updateVersions)
        await db
          .update(v)
          .set({ ...update.state, reorganisationId })
          .where(and(eq(v.tenantId, tenantId), eq(v.id, update.versionId)));
      if (plan.insertVersions.length > 0)
        await db.insert(v).values(
          plan.insertVersions.map((version) => ({
            id: version.versionId,
            tenantId,
            unitId: version.id,
            ...stateOf(version),
            validFrom: version.validFrom,
            validTo: version.validTo,
            reorganisationId,
          })),
        );
      if (plan.lineage.length > 0)
        await db.insert(orgLineageTable).values(
          plan.lineage.map((link) => ({
            tenantId,
            reorganisationId,
            effectiveDate: plan.effectiveDate,
            ...link,
          })),
        );
    },

    async listReorganisations(tenantId: string): Promise<ReorganisationSummary[]> {
      const rows = await db
        .select(summaryColumns)
        .from(r)
        .where(eq(r.tenantId, tenantId))
        .orderBy(desc(r.effectiveDate), desc(r.createdAt), desc(r.id));
      return rows.map(summaryOf);
    },

    async findReorganisation(tenantId: string, id: string): Promise<ReorganisationDetail | null> {
      const [row] = await db
        .select({ ...summaryColumns, description: r.description, changes: r.changes })
        .from(r)
        .where(and(eq(r.tenantId, tenantId), eq(r.id, id)));
      if (!row) return null;
      return { ...summaryOf(row), changes: row.changes as unknown[] };
    },
  };
}
export type OrgRepository = ReturnType<typeof createOrgRepository>;
