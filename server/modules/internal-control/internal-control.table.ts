import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  unique,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import type { CarriedMeasure } from '#contracts/internal-control.ts';
import {
  idColumn,
  refColumn,
  tenantColumn,
  versionedColumns,
  yearColumn,
} from '#server/db/columns.ts';
import { orgUnitsTable } from '../org/org.table.ts';
import { usersTable } from '../people/people.table.ts';
import { budgetYearsTable, periodsTable } from '../years/years.table.ts';

/**
 * A risk of a unit's risk analysis for a year (riskanalys): the process it threatens, its
 * probability and consequence on 1–4 scales (null: not yet assessed), and whether the committee
 * chose it for the internal control plan, and why. `carried` holds last year's measures that were
 * not carried out, copied by the year rollover (previous_risk_id names the risk they came from).
 */
export const internalControlRisksTable = pgTable(
  'internal_control_risks',
  {
    id: idColumn(),
    tenantId: tenantColumn(),
    unitId: refColumn('unit_id', () => orgUnitsTable.id),
    yearId: yearColumn(() => budgetYearsTable.id),
    position: integer('position').notNull(),
    process: text('process').notNull(),
    description: text('description'),
    probability: integer('probability'),
    consequence: integer('consequence'),
    inPlan: boolean('in_plan').notNull().default(false),
    motivation: text('motivation'),
    previousRiskId: uuid('previous_risk_id').references(
      (): AnyPgColumn => internalControlRisksTable.id,
      { onDelete: 'set null' },
    ),
    carried: jsonb('carried').$type<CarriedMeasure[]>().notNull().default([]),
    ...versionedColumns(() => usersTable.id),
  },
  (t) => [
    index('internal_control_risks_unit_idx').on(t.tenantId, t.unitId, t.yearId),
    index('internal_control_risks_year_idx').on(t.tenantId, t.yearId),
    check(
      'internal_control_risks_scales',
      sql`(${t.probability} is null or ${t.probability} between 1 and 4) and (${t.consequence} is null or ${t.consequence} between 1 and 4)`,
    ),
  ],
);

/** A control of a risk in the plan: what is checked, how, the scope, who, when, reported when. */
export const internalControlControlsTable = pgTable(
  'internal_control_controls',
  {
    id: idColumn(),
    tenantId: tenantColumn(),
    riskId: refColumn('risk_id', () => internalControlRisksTable.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    what: text('what').notNull(),
    method: text('method'),
    scope: text('scope'),
    responsible: text('responsible'),
    timing: text('timing'),
    reportPeriod: text('report_period'),
    ...versionedColumns(() => usersTable.id),
  },
  (t) => [index('internal_control_controls_risk_idx').on(t.tenantId, t.riskId)],
);

/** The follow-up of a control in a period (uppföljning): performed, result, deviations, measures. */
export const internalControlFollowUpsTable = pgTable(
  'internal_control_follow_ups',
  {
    id: idColumn(),
    tenantId: tenantColumn(),
    controlId: refColumn('control_id', () => internalControlControlsTable.id, {
      onDelete: 'cascade',
    }),
    periodId: refColumn('period_id', () => periodsTable.id),
    performed: boolean('performed').notNull(),
    result: text('result'),
    deviations: text('deviations'),
    measures: text('measures'),
    measuresDone: boolean('measures_done').notNull().default(false),
    responsible: text('responsible'),
    date: date('date', { mode: 'string' }),
    ...versionedColumns(() => usersTable.id),
  },
  (t) => [
    unique('internal_control_follow_ups_unique').on(t.controlId, t.periodId),
    index('internal_control_follow_ups_tenant_idx').on(t.tenantId),
  ],
);

/** The committee's adoption of a unit's plan for a year: when, by which body, diarienummer. */
export const internalControlAdoptionsTable = pgTable(
  'internal_control_adoptions',
  {
    id: idColumn(),
    tenantId: tenantColumn(),
    unitId: refColumn('unit_id', () => orgUnitsTable.id),
    yearId: yearColumn(() => budgetYearsTable.id),
    adoptedOn: date('adopted_on', { mode: 'string' }).notNull(),
    adoptedBy: text('adopted_by').notNull(),
    dnr: text('dnr'),
    ...versionedColumns(() => usersTable.id),
  },
  (t) => [unique('internal_control_adoptions_unique').on(t.unitId, t.yearId)],
);
