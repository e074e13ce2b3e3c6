import {
  type AnyPgColumn,
  index,
  integer,
  numeric,
  pgTable,
  primaryKey,
  text,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  areaKinds,
  capBases,
  carryOverCategories,
  displayUnits,
  lineKinds,
  signConventions,
  totalScopes,
} from '#contracts/economy.ts';
import {
  balanceSections,
  investmentGroups,
  statementRowKinds,
} from '#contracts/economy.statements.ts';
import {
  idColumn,
  tenantColumn,
  yearColumn,
  versionColumn,
  updatedColumns,
  versionedColumns,
  refColumn,
} from '#server/db/columns.ts';
import { orgUnitsTable } from '../org/org.table.ts';
import { usersTable } from '../people/people.table.ts';
import { budgetYearsTable, periodsTable } from '../years/years.table.ts';

/** Kronor with öre: 15 digits before the point, what the contract's `money` allows. */
const kronor = (name: string) => numeric(name, { precision: 17, scale: 2 });

/** The four amounts a line and a printed total both carry. */
const budgetColumns = () => ({
  originalBudget: kronor('original_budget'),
  adjustedBudget: kronor('adjusted_budget'),
  outcome: kronor('outcome'),
  previousYearOutcome: kronor('previous_year_outcome'),
});

/** A unit's row for a budget year, one per unit and year. */
const unitYearColumns = () => ({
  id: idColumn(),
  tenantId: tenantColumn(),
  unitId: refColumn('unit_id', () => orgUnitsTable.id),
  yearId: yearColumn(() => budgetYearsTable.id),
});
const unitYearKeys = (
  table: string,
  t: { tenantId: AnyPgColumn; unitId: AnyPgColumn; yearId: AnyPgColumn },
) => [
  unique(`${table}_unique`).on(t.unitId, t.yearId),
  index(`${table}_year_idx`).on(t.tenantId, t.yearId),
];

/**
 * A unit's economy table for a budget year: how it is signed and shown, its printed heading,
 * and the printed total of its carry-over requests. `version` guards the table's structure (its
 * areas and settings), `carry_over_version` its list of ombudgeteringar.
 */
export const economyYearsTable = pgTable(
  'economy_years',
  {
    ...unitYearColumns(),
    title: text('title').notNull().default(''),
    signConvention: text('sign_convention', { enum: signConventions })
      .notNull()
      .default('revenue_negative'),
    displayUnit: text('display_unit', { enum: displayUnits }).notNull().default('mnkr'),
    decimals: integer('decimals').notNull().default(1),
    carryOverTotal: kronor('carry_over_total'),
    version: versionColumn(),
    carryOverVersion: integer('carry_over_version').notNull().default(0),
    investmentAccountVersion: integer('investment_account_version').notNull().default(0),
    balanceSheetVersion: integer('balance_sheet_version').notNull().default(0),
    ...updatedColumns(() => usersTable.id),
  },
  (t) => unitYearKeys('economy_years', t),
);

/** A row of a unit's economy table; removing the table removes all that hangs on it. */
const economyRowColumns = () => ({
  id: idColumn(),
  tenantId: tenantColumn(),
  economyYearId: refColumn('economy_year_id', () => economyYearsTable.id, { onDelete: 'cascade' }),
});

/** An area of activity (verksamhetsområde) of a table; `parent_id` makes it a "Varav" sub-row. */
export const economyAreasTable = pgTable(
  'economy_areas',
  {
    ...economyRowColumns(),
    name: text('name').notNull(),
    position: integer('position').notNull(),
    parentId: uuid('parent_id').references((): AnyPgColumn => economyAreasTable.id, {
      onDelete: 'cascade',
    }),
    kind: text('kind', { enum: areaKinds }).notNull().default('operating'),
    description: text('description').notNull().default(''),
  },
  (t) => [
    unique('economy_areas_unique').on(t.economyYearId, t.name),
    index('economy_areas_tenant_idx').on(t.tenantId, t.economyYearId),
    // Removing an area cascades to its "Varav" rows: without this, each removal scans the table.
    index('economy_areas_parent_idx').on(t.parentId),
  ],
);

/** Costs, revenues or (only when printed) net of an area, in kronor. */
export const economyLinesTable = pgTable(
  'economy_lines',
  {
    id: idColumn(),
    tenantId: tenantColumn(),
    areaId: refColumn('area_id', () => economyAreasTable.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: lineKinds }).notNull(),
    ...budgetColumns(),
    /** as printed or typed; checked against the computed deviation, never used as it */
    printedDeviation: kronor('printed_deviation'),
    ...versionedColumns(() => usersTable.id),
  },
  (t) => [
    unique('economy_lines_unique').on(t.areaId, t.kind),
    index('economy_lines_tenant_idx').on(t.tenantId),
  ],
);

/** A period's full-year forecast (helårsprognos) of a line. */
export const economyForecastsTable = pgTable(
  'economy_forecasts',
  {
    tenantId: tenantColumn(),
    lineId: refColumn('line_id', () => economyLinesTable.id, { onDelete: 'cascade' }),
    periodId: refColumn('period_id', () => periodsTable.id),
    amount: kronor('amount').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.lineId, t.periodId] }),
    index('economy_forecasts_period_idx').on(t.tenantId, t.periodId),
  ],
);

/** A printed total (Summa drift, Totalt netto inkl investeringar), kept to be checked. */
export const economyPrintedTotalsTable = pgTable(
  'economy_printed_totals',
  {
    ...economyRowColumns(),
    scope: text('scope', { enum: totalScopes }).notNull(),
    kind: text('kind', { enum: lineKinds }).notNull(),
    ...budgetColumns(),
    deviation: kronor('deviation'),
    version: versionColumn(),
  },
  (t) => [unique('economy_printed_totals_unique').on(t.economyYearId, t.scope, t.kind)],
);

/** A result unit's fund (resultatfond) for a year, as far as it is known. */
export const resultFundsTable = pgTable(
  'result_funds',
  {
    ...unitYearColumns(),
    turnover: kronor('turnover'),
    budget: kronor('budget'),
    capBase: text('cap_base', { enum: capBases }).notNull().default('turnover'),
    resultBeforeDisposition: kronor('result_before_disposition'),
    opening: kronor('opening'),
    surplusOwnAction: kronor('surplus_own_action'),
    used: kronor('used'),
    closing: kronor('closing'),
    closingShareOfBase: numeric('closing_share_of_base', { precision: 10, scale: 4 }),
    note: text('note').notNull().default(''),
    ...versionedColumns(() => usersTable.id),
  },
  (t) => unitYearKeys('result_funds', t),
);

/** A request to carry unspent funds over to the following year (ombudgetering). */
export const carryOverRequestsTable = pgTable(
  'carry_over_requests',
  {
    ...economyRowColumns(),
    position: integer('position').notNull(),
    purpose: text('purpose').notNull(),
    category: text('category', { enum: carryOverCategories }).notNull(),
    amount: kronor('amount').notNull(),
    decisionRef: text('decision_ref'),
    amountInDecision: kronor('amount_in_decision'),
  },
  (t) => [index('carry_over_requests_year_idx').on(t.tenantId, t.economyYearId, t.position)],
);

/**
 * A project of a unit's investment account (investeringsredovisning) as printed, or one of its
 * printed subtotals (ongoing / finished projects) and its total: utgiftsram, the outcome and
 * deviation accumulated since the start, and the year's budget, outcome and deviation.
 */
export const investmentAccountRowsTable = pgTable(
  'investment_account_rows',
  {
    ...economyRowColumns(),
    position: integer('position').notNull(),
    kind: text('kind', { enum: statementRowKinds }).notNull(),
    projectGroup: text('project_group', { enum: investmentGroups }),
    name: text('name').notNull(),
    expenditureLimit: kronor('expenditure_limit'),
    accumulatedOutcome: kronor('accumulated_outcome'),
    accumulatedDeviation: kronor('accumulated_deviation'),
    budget: kronor('budget'),
    outcome: kronor('outcome'),
    deviation: kronor('deviation'),
  },
  (t) => [index('investment_account_rows_year_idx').on(t.tenantId, t.economyYearId, t.position)],
);

/**
 * A row of a unit's balance-sheet analysis as printed: an item (anläggningstillgångar …), a
 * subtotal or a section's total, with this year's and last year's amounts and the change.
 */
export const balanceSheetRowsTable = pgTable(
  'balance_sheet_rows',
  {
    ...economyRowColumns(),
    position: integer('position').notNull(),
    kind: text('kind', { enum: statementRowKinds }).notNull(),
    section: text('section', { enum: balanceSections }).notNull(),
    label: text('label').notNull(),
    thisYear: kronor('this_year'),
    lastYear: kronor('last_year'),
    change: kronor('change'),
  },
  (t) => [index('balance_sheet_rows_year_idx').on(t.tenantId, t.economyYearId, t.position)],
);
