import { and, asc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { IndicatorFormula, OutcomeComputation } from '#contracts/formulas.ts';
import type {
  EnteredPreviousOutcome,
  Indicator,
  IndicatorInput,
  Outcome,
  OutcomeInput,
  Target,
  TargetInput,
} from '#contracts/indicators.ts';
import type { Db } from '#server/db/client.ts';
import {
  reportsOf,
  saveReport,
  type StoredReport,
  type ReportAudit,
  type Writer,
} from '#server/db/report-columns.ts';
import { cachedQuery, uuids } from '#server/db/statements.ts';
import { formulaText } from './indicators.formulas.rules.ts';
import { budgetYearsTable } from '../years/years.table.ts';
import {
  indicatorGoalsTable,
  indicatorOutcomesTable,
  indicatorPreviousOutcomesTable,
  indicatorTargetsTable,
  indicatorsTable,
} from './indicators.table.ts';

/** PostgreSQL returns numeric as text with the scale it was stored with: "94.180" → "94.18". */
export function normaliseDecimal(value: string | null): string | null {
  if (value === null) return null;
  if (!value.includes('.')) return value;
  const trimmed = value.replace(/0+$/, '').replace(/\.$/, '');
  return trimmed === '-0' ? '0' : trimmed;
}

export const formulaView = (formula: IndicatorFormula | null) =>
  formula === null ? null : { definition: formula, text: formulaText(formula) };

/** An indicator as stored, with the goals it measures (`links`, in their order) and its first place. */
export const indicatorOf = (
  row: typeof indicatorsTable.$inferSelect,
  links: { goalId: string; position: number }[],
): Indicator & { position: number } => ({
  id: row.id,
  name: row.name,
  definition: row.definition,
  unit: row.unit,
  decimals: row.decimals,
  direction: row.direction,
  level: row.level,
  genderSplit: row.genderSplit,
  version: row.version,
  formula: formulaView(row.formula),
  goalIds: links.map((l) => l.goalId),
  position: Math.min(...links.map((l) => l.position)),
});

export const targetOf = (t: typeof indicatorTargetsTable.$inferSelect, year: number): Target => ({
  indicatorId: t.indicatorId,
  unitId: t.unitId,
  year,
  targetKind: t.targetKind,
  target: normaliseDecimal(t.target),
  councilTargetKind: t.councilTargetKind,
  councilTarget: normaliseDecimal(t.councilTarget),
  tolerance: normaliseDecimal(t.tolerance),
});

export const outcomeOf = (o: StoredReport<typeof indicatorOutcomesTable>): Outcome => ({
  ...o,
  value: normaliseDecimal(o.value),
  valueWomen: normaliseDecimal(o.valueWomen),
  valueMen: normaliseDecimal(o.valueMen),
});

export const enteredPreviousOutcomeOf = (
  o: StoredReport<typeof indicatorPreviousOutcomesTable>,
): EnteredPreviousOutcome => ({
  ...o,
  value: normaliseDecimal(o.value),
  valueWomen: normaliseDecimal(o.valueWomen),
  valueMen: normaliseDecimal(o.valueMen),
});

export type EnteredPreviousOutcomeWrite = Pick<
  EnteredPreviousOutcome,
  'indicatorId' | 'unitId' | 'periodId' | 'value' | 'valueWomen' | 'valueMen'
>;

/** A computed outcome as the economy gives it (the reporter's comment and label are kept). */
export type ComputedOutcomeWrite = {
  indicatorId: string;
  unitId: string;
  periodId: string;
  value: string | null;
  computed: OutcomeComputation;
};

export type OutcomeWrite = Omit<OutcomeInput, 'version'> & {
  indicatorId: string;
  unitId: string;
  periodId: string;
};

// a save of an outcome checks that its indicator measures one of the report's goals: built once
const indicatorOfGoals = cachedQuery(['tenantId', 'indicatorId', 'goalIds'], (db, v) =>
  db
    .select({ indicator: indicatorsTable, link: indicatorGoalsTable })
    .from(indicatorGoalsTable)
    .innerJoin(indicatorsTable, eq(indicatorsTable.id, indicatorGoalsTable.indicatorId))
    .where(
      and(
        eq(indicatorGoalsTable.tenantId, v.tenantId),
        eq(indicatorGoalsTable.indicatorId, v.indicatorId),
        sql`${indicatorGoalsTable.goalId} = any(${v.goalIds}::uuid[])`,
        eq(indicatorsTable.tenantId, v.tenantId),
      ),
    )
    .orderBy(asc(indicatorGoalsTable.position)),
);

export function createIndicatorsRepository(db: Db) {
  return {
    async insert(tenantId: string, input: IndicatorInput): Promise<string> {
      const [made] = await db
        .insert(indicatorsTable)
        .values({ ...input, tenantId })
        .returning({ id: indicatorsTable.id });
      return made!.id;
    },

    async linkGoal(tenantId: string, indicatorId: string, goalId: string, position: number) {
      await db
        .insert(indicatorGoalsTable)
        .values({ tenantId, indicatorId, goalId, position })
        .onConflictDoNothing();
    },

    /** Indicators measuring any of the goals, with the goals each measures among them. */
    async ofGoals(
      tenantId: string,
      goalIds: string[],
    ): Promise<(Indicator & { position: number })[]> {
      if (goalIds.length === 0) return [];
      const links = await db
        .select()
        .from(indicatorGoalsTable)
        .where(
          and(
            eq(indicatorGoalsTable.tenantId, tenantId),
            inArray(indicatorGoalsTable.goalId, goalIds),
          ),
        )
        .orderBy(asc(indicatorGoalsTable.position));
      const ids = [...new Set(links.map((l) => l.indicatorId))];
      if (ids.length === 0) return [];
      const rows = await db
        .select()
        .from(indicatorsTable)
        .where(and(eq(indicatorsTable.tenantId, tenantId), inArray(indicatorsTable.id, ids)));
      return rows.map((row) =>
        indicatorOf(
          row,
          links.filter((l) => l.indicatorId === row.id),
        ),
      );
    },

    /**
     * The indicator as `ofGoals(goalIds)` gives it, if it measures any of the goals, in one
     * statement: a save checks that its indicator is in the report without reading them all.
     */
    async ofGoalsOne(
      tenantId: string,
      goalIds: string[],
      indicatorId: string,
    ): Promise<(Indicator & { position: number }) | null> {
      if (goalIds.length === 0) return null;
      const rows = await indicatorOfGoals(db, { tenantId, indicatorId, goalIds: uuids(goalIds) });
      if (rows.length === 0) return null;
      return indicatorOf(
        rows[0]!.indicator,
        rows.map((r) => r.link),
      );
    },

    async exists(tenantId: string, id: string): Promise<boolean> {
      const [row] = await db
        .select({ id: indicatorsTable.id })
        .from(indicatorsTable)
        .where(and(eq(indicatorsTable.tenantId, tenantId), eq(indicatorsTable.id, id)));
      return row !== undefined;
    },

    async setTarget(tenantId: string, indicatorId: string, yearId: string, input: TargetInput) {
      const values = {
        tenantId,
        indicatorId,
        yearId,
        unitId: input.unitId,
        targetKind: input.targetKind,
        target: input.target,
        councilTargetKind: input.councilTargetKind,
        councilTarget: input.councilTarget,
        tolerance: input.tolerance,
      };
      await db
        .insert(indicatorTargetsTable)
        .values(values)
        .onConflictDoUpdate({
          target: [
            indicatorTargetsTable.indicatorId,
            indicatorTargetsTable.unitId,
            indicatorTargetsTable.yearId,
          ],
          set: values,
        });
    },

    async targets(tenantId: string, unitIds: string[], year: number): Promise<Target[]> {
      if (unitIds.length === 0) return [];
      const rows = await db
        .select({ t: indicatorTargetsTable, year: budgetYearsTable.year })
        .from(indicatorTargetsTable)
        .innerJoin(budgetYearsTable, eq(budgetYearsTable.id, indicatorTargetsTable.yearId))
        .where(
          and(
            eq(indicatorTargetsTable.tenantId, tenantId),
            inArray(indicatorTargetsTable.unitId, unitIds),
            eq(budgetYearsTable.year, year),
          ),
        );
      return rows.map(({ t, year }) => targetOf(t, year));
    },

    /** The units' outcomes for the periods; of `indicatorIds` only, when given. */
    async outcomes(
      tenantId: string,
      unitIds: string[],
      periodIds: string[],
      indicatorIds?: string[],
    ): Promise<Outcome[]> {
      const rows = await reportsOf(
        db,
        indicatorOutcomesTable,
        tenantId,
        unitIds,
        periodIds,
        indicatorIds && { key: 'indicatorId', ids: indicatorIds },
      );
      return rows.map(outcomeOf);
    },

    /** Last year's outcomes as the periods' reports print them, where they were entered. */
    async enteredPreviousOutcomes(
      tenantId: string,
      unitIds: string[],
      periodIds: string[],
      indicatorIds?: string[],
    ): Promise<EnteredPreviousOutcome[]> {
      const rows = await reportsOf(
        db,
        indicatorPreviousOutcomesTable,
        tenantId,
        unitIds,
        periodIds,
        indicatorIds && { key: 'indicatorId', ids: indicatorIds },
      );
      return rows.map(enteredPreviousOutcomeOf);
    },

    /** Compare-and-set on the version (0: none stored yet): as stored, null when someone saved first. */
    async saveEnteredPreviousOutcome(
      tenantId: string,
      write: EnteredPreviousOutcomeWrite,
      version: number,
      writer: Writer,
      audit?: ReportAudit,
    ): Promise<EnteredPreviousOutcome | null> {
      const stored = await saveReport(
        db,
        indicatorPreviousOutcomesTable,
        'indicatorId',
        tenantId,
        write,
        version,
        writer,
        audit,
      );
      return stored && enteredPreviousOutcomeOf(stored);
    },

    /** The indicator's formula and the goals it measures; null when there is no such indicator. */
    async formulaOf(
      tenantId: string,
      id: string,
    ): Promise<{ formula: IndicatorFormula | null; goalIds: string[] } | null> {
      const [row] = await db
        .select({ formula: indicatorsTable.formula })
        .from(indicatorsTable)
        .where(and(eq(indicatorsTable.tenantId, tenantId), eq(indicatorsTable.id, id)));
      if (!row) return null;
      const links = await db
        .select({ goalId: indicatorGoalsTable.goalId })
        .from(indicatorGoalsTable)
        .where(
          and(eq(indicatorGoalsTable.tenantId, tenantId), eq(indicatorGoalsTable.indicatorId, id)),
        );
      return { formula: row.formula, goalIds: links.map((l) => l.goalId) };
    },

    async setFormula(tenantId: string, id: string, formula: IndicatorFormula | null) {
      await db
        .update(indicatorsTable)
        .set({ formula, version: sql`${indicatorsTable.version} + 1` })
        .where(and(eq(indicatorsTable.tenantId, tenantId), eq(indicatorsTable.id, id)));
    },

    /** Outcomes computed under a formula become typed ones again (their values stay). */
    async forgetComputed(tenantId: string, indicatorId: string) {
      await db
        .update(indicatorOutcomesTable)
        .set({ computed: null, version: sql`${indicatorOutcomesTable.version} + 1` })
        .where(
          and(
            eq(indicatorOutcomesTable.tenantId, tenantId),
            eq(indicatorOutcomesTable.indicatorId, indicatorId),
            isNotNull(indicatorOutcomesTable.computed),
          ),
        );
    },

    /**
     * Writes a computed outcome whatever its version: the economy decides it, not a person. A new
     * row may bring its label and comment (an imported year's); an existing one keeps its own.
     */
    async saveComputedOutcome(
      tenantId: string,
      write: ComputedOutcomeWrite & { periodLabel?: string | null; comment?: string },
      userId: string | null,
    ) {
      const values = {
        ...write,
        valueWomen: null,
        valueMen: null,
        tenantId,
        updatedBy: userId,
        updatedAt: new Date(),
      };
      await db
        .insert(indicatorOutcomesTable)
        .values(values)
        .onConflictDoUpdate({
          target: [
            indicatorOutcomesTable.indicatorId,
            indicatorOutcomesTable.unitId,
            indicatorOutcomesTable.periodId,
          ],
          set: {
            value: values.value,
            valueWomen: null,
            valueMen: null,
            computed: values.computed,
            updatedBy: userId,
            updatedAt: values.updatedAt,
            version: sql`${indicatorOutcomesTable.version} + 1`,
          },
        });
    },

    /** Compare-and-set on the version (0: none stored yet): as stored, null when someone saved first. */
    async saveOutcome(
      tenantId: string,
      write: OutcomeWrite,
      version: number,
      writer: Writer,
      audit?: ReportAudit,
    ): Promise<Outcome | null> {
      const stored = await saveReport(
        db,
        indicatorOutcomesTable,
        'indicatorId',
        tenantId,
        write,
        version,
        writer,
        audit,
      );
      return stored && outcomeOf(stored);
    },
  };
}
export type IndicatorsRepository = ReturnType<typeof createIndicatorsRepository>;
