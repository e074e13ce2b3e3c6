import { boolean, date, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { idColumn, tenantColumn, refColumn } from '#server/db/columns.ts';
import { unitKinds, lineageKinds } from '#contracts/org.ts';

/** The identity of a unit; what it is called and where it sits lives in its versions. */
export const orgUnitsTable = pgTable(
  'org_units',
  {
    id: idColumn(),
    tenantId: tenantColumn(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('org_units_tenant_idx').on(t.tenantId)],
);

export const reorganisationsTable = pgTable(
  'reorganisations',
  {
    id: idColumn(),
    tenantId: tenantColumn(),
    title: text('title').notNull(),
    effectiveDate: date('effective_date', { mode: 'string' }).notNull(),
    decidedOn: date('decided_on', { mode: 'string' }),
    decisionRef: text('decision_ref'),
    description: text('description').notNull().default(''),
    /** the changes as submitted, kept verbatim so the event can be shown as it was decided */
    changes: jsonb('changes').notNull(),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('reorganisations_tenant_idx').on(t.tenantId, t.effectiveDate)],
);

/** One effective-dated state of a unit: [validFrom, validTo], validTo inclusive, null = open. */
export const orgUnitVersionsTable = pgTable(
  'org_unit_versions',
  {
    id: idColumn(),
    tenantId: tenantColumn(),
    unitId: refColumn('unit_id', () => orgUnitsTable.id),
    name: text('name').notNull(),
    shortName: text('short_name'),
    code: text('code'),
    kind: text('kind', { enum: unitKinds }).notNull(),
    parentId: uuid('parent_id').references(() => orgUnitsTable.id),
    isResultUnit: boolean('is_result_unit').notNull().default(false),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
    reorganisationId: uuid('reorganisation_id').references(() => reorganisationsTable.id),
  },
  (t) => [
    index('org_unit_versions_tenant_dates_idx').on(t.tenantId, t.validFrom, t.validTo),
    index('org_unit_versions_unit_idx').on(t.unitId),
  ],
);

/** Where a unit's responsibilities went: merge, split or plain succession. */
export const orgLineageTable = pgTable(
  'org_lineage',
  {
    id: idColumn(),
    tenantId: tenantColumn(),
    reorganisationId: refColumn('reorganisation_id', () => reorganisationsTable.id),
    fromUnitId: refColumn('from_unit_id', () => orgUnitsTable.id),
    toUnitId: refColumn('to_unit_id', () => orgUnitsTable.id),
    kind: text('kind', { enum: lineageKinds }).notNull(),
    effectiveDate: date('effective_date', { mode: 'string' }).notNull(),
  },
  (t) => [
    index('org_lineage_from_idx').on(t.tenantId, t.fromUnitId),
    index('org_lineage_to_idx').on(t.tenantId, t.toUnitId),
  ],
);
