import {
  boolean,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  unique,
} from 'drizzle-orm/pg-core';
import { directions } from '#contracts/assessment.ts';
import type { IndicatorFormula, OutcomeComputation } from '#contracts/formulas.ts';
import { indicatorLevels, targetKinds } from '#contracts/indicators.ts';
import {
  idColumn,
  tenantColumn,
  yearColumn,
  versionColumn,
  refColumn,
} from '#server/db/columns.ts';
import { reportTable } from '#server/db/report-columns.ts';
import { goalsTable } from '../goals/goals.table.ts';
import { orgUnitsTable } from '../org/org.table.ts';
import { budgetYearsTable } from '../years/years.table.ts';

/** An indicator lives across years; its targets and outcomes are per unit and year/period. */
export const indicatorsTable = pgTable(
  'indicators',
  {
    id: idColumn(),
    tenantId: tenantColumn(),
    name: text('name').notNull(),
    definition: text('definition').notNull().default(''),
    unit: text('unit').notNull(),
    decimals: integer('decimals').notNull().default(0),
    direction: text('direction', { enum: directions }).notNull(),
    level: text('level', { enum: indicatorLevels }).notNull(),
    genderSplit: boolean('gender_split').notNull().default(false),
    /** computed from the unit's economy (contracts/formulas.ts); null: reported by hand */
    formula: jsonb('formula').$type<IndicatorFormula>(),
    version: versionColumn(),
  },
  (t) => [index('indicators_tenant_idx').on(t.tenantId)],
);

/** Which goals an indicator measures (in the goal's year). */
export const indicatorGoalsTable = pgTable(
  'indicator_goals',
  {
    tenantId: tenantColumn(),
    indicatorId: refColumn('indicator_id', () => indicatorsTable.id),
    goalId: refColumn('goal_id', () => goalsTable.id),
    position: integer('position').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.indicatorId, t.goalId] }),
    index('indicator_goals_goal_idx').on(t.goalId),
  ],
);

/** A unit's annual target (årsmål) and the council's (KF:s årsmål) for a year. */
export const indicatorTargetsTable = pgTable(
  'indicator_targets',
  {
    id: idColumn(),
    tenantId: tenantColumn(),
    indicatorId: refColumn('indicator_id', () => indicatorsTable.id),
    unitId: refColumn('unit_id', () => orgUnitsTable.id),
    yearId: yearColumn(() => budgetYearsTable.id),
    targetKind: text('target_kind', { enum: targetKinds }).notNull(),
    target: numeric('target'),
    councilTargetKind: text('council_target_kind', { enum: targetKinds }).notNull(),
    councilTarget: numeric('council_target'),
    tolerance: numeric('tolerance'),
  },
  (t) => [
    unique('indicator_targets_unique').on(t.indicatorId, t.unitId, t.yearId),
    // A year's targets at once (reports, roll-up): without it a city's ten years are scanned.
    index('indicator_targets_year_idx').on(t.tenantId, t.yearId, t.unitId),
  ],
);

/** A unit's outcome for a period: total and, for gender-divided indicators, women and men. */
export const indicatorOutcomesTable = reportTable(
  'indicator_outcomes',
  'indicatorId',
  refColumn('indicator_id', () => indicatorsTable.id),
  {
    value: numeric('value'),
    valueWomen: numeric('value_women'),
    valueMen: numeric('value_men'),
    periodLabel: text('period_label'),
    comment: text('comment').notNull().default(''),
    /** set when the value was computed from the economy: the formula's text, what was missing */
    computed: jsonb('computed').$type<OutcomeComputation>(),
  },
);

/**
 * Last year's outcome as a period's report prints it, entered (or imported) where the unit has
 * no stored outcome of last year's period. Its own table, not columns on indicator_outcomes: it
 * is written apart from this year's outcome (its own version, so entering last year's figure
 * never conflicts with someone writing this year's), and a row here must not count as an
 * outcome of this year (missing items, attainment, roll-up read indicator_outcomes).
 */
export const indicatorPreviousOutcomesTable = reportTable(
  'indicator_previous_outcomes',
  'indicatorId',
  refColumn('indicator_id', () => indicatorsTable.id),
  {
    value: numeric('value'),
    valueWomen: numeric('value_women'),
    valueMen: numeric('value_men'),
  },
);
