import type { YearFile } from '#contracts/years.exchange.ts';
import { goalLevels } from '#contracts/goals.ts';
import type { activitiesTable, activityReportsTable } from '../../activities/activities.table.ts';
import type { AuditRecord } from '../../audit/audit.repository.ts';
import { formulaText } from '../../indicators/indicators.formulas.rules.ts';
import type {
  goalAssessmentsTable,
  goalAssignmentsTable,
  goalLinksTable,
  goalsTable,
} from '../../goals/goals.table.ts';
import type { reportChapterTextsTable } from '../../reports/reports.table.ts';
import type {
  indicatorGoalsTable,
  indicatorOutcomesTable,
  indicatorPreviousOutcomesTable,
  indicatorTargetsTable,
  indicatorsTable,
} from '../../indicators/indicators.table.ts';
import type { ImportPlan } from './years.exchange.plan.rules.ts';
import type { UnitOf } from './years.exchange.rules.ts';

/**
 * The rows a checked file becomes, and the audit entries that say so: the same rows and entries
 * the app's own use cases write when each goal, indicator, activity and text is entered by hand
 * (createGoal, createIndicator, setTarget, createActivity, saveGoalAssessment, saveOutcome,
 * saveEnteredPreviousOutcome, saveActivityReport), in the same order, but built in memory so that they can be written a
 * table at a time. The checks those use cases make one row at a time the import has made for
 * the whole file before (exchange.rules.ts, exchange.plan.rules.ts, permissionProblems).
 */
export type YearRows = {
  goals: (typeof goalsTable.$inferInsert)[];
  goalLinks: (typeof goalLinksTable.$inferInsert)[];
  indicators: (typeof indicatorsTable.$inferInsert)[];
  indicatorGoals: (typeof indicatorGoalsTable.$inferInsert)[];
  targets: (typeof indicatorTargetsTable.$inferInsert)[];
  activities: (typeof activitiesTable.$inferInsert)[];
  activityUnits: { tenantId: string; activityId: string; unitId: string }[];
  assessments: (typeof goalAssessmentsTable.$inferInsert)[];
  outcomes: (typeof indicatorOutcomesTable.$inferInsert)[];
  previousOutcomes: (typeof indicatorPreviousOutcomesTable.$inferInsert)[];
  activityReports: (typeof activityReportsTable.$inferInsert)[];
  assignments: (typeof goalAssignmentsTable.$inferInsert)[];
  chapterTexts: (typeof reportChapterTextsTable.$inferInsert)[];
  audit: AuditRecord[];
};

export type WriteContext = {
  tenantId: string;
  userId: string | null;
  unitId: string;
  year: number;
  yearId: string;
  periodId: (key: string) => string;
  unitOf: UnitOf;
  plan: ImportPlan;
  /** the position the year's next goal takes */
  nextGoalPosition: number;
  /** the goals assigned to the unit before the import */
  assignedHere: ReadonlySet<string>;
  /** per unit, the year's activities it is responsible for or shares, before the import */
  activitiesOfUnit: ReadonlyMap<string, number>;
  newId: () => string;
  now: Date;
};

export const emptyRows = (): YearRows => ({
  goals: [],
  goalLinks: [],
  indicators: [],
  indicatorGoals: [],
  targets: [],
  activities: [],
  activityUnits: [],
  assessments: [],
  outcomes: [],
  previousOutcomes: [],
  activityReports: [],
  assignments: [],
  chapterTexts: [],
  audit: [],
});

/** Parents before children, each level in the file's order, so positions keep the file's order. */
export function goalRows(file: YearFile, ctx: WriteContext, rows: YearRows): string[] {
  const ids = file.goals.map((_, i) => ctx.plan.goals[i] ?? ctx.newId());
  const refs = new Map(file.goals.map((g, i) => [g.ref, i]));
  const order = file.goals
    .map((_, i) => i)
    .filter((i) => ctx.plan.goals[i] === null)
    .sort(
      (a, b) => goalLevels.indexOf(file.goals[a]!.level) - goalLevels.indexOf(file.goals[b]!.level),
    );
  const { tenantId, yearId } = ctx;
  order.forEach((i, k) => {
    const g = file.goals[i]!;
    const id = ids[i]!;
    const input = {
      year: file.year,
      level: g.level,
      number: g.number,
      title: g.title,
      description: g.description,
      ownerUnitId: ctx.unitOf(g.owner)!,
      heading: g.heading,
      parentIds: g.parents.map((ref) => ids[refs.get(ref)!]!),
      previousGoalId: null,
    };
    const { year: _year, parentIds, ...fields } = input;
    rows.goals.push({ id, tenantId, yearId, ...fields, position: ctx.nextGoalPosition + k });
    for (const parentGoalId of parentIds)
      rows.goalLinks.push({ tenantId, goalId: id, parentGoalId });
    rows.audit.push({ entity: 'goal', entityId: id, action: 'create', after: input });
  });
  return ids;
}

/** New indicators with their goals, more goals for those already there, and the unit's targets. */
export function indicatorRows(
  file: YearFile,
  ctx: WriteContext,
  goalId: (ref: string) => string,
  rows: YearRows,
): string[] {
  const { tenantId, unitId, year } = ctx;
  return file.indicators.map((indicator, i) => {
    const { existingId, link } = ctx.plan.indicators[i]!;
    const { ref: _ref, goals, target, formula, ...rest } = indicator;
    const { outcomes: _outcomes, previousOutcomes: _previous, ...typed } = rest;
    const id = existingId ?? ctx.newId();
    if (existingId === null) {
      const goalIds = goals.map(goalId);
      // setFormula after the insert counted a version: the row says the same
      rows.indicators.push({ id, tenantId, ...typed, formula, version: formula ? 2 : 1 });
      goalIds.forEach((g, position) =>
        rows.indicatorGoals.push({ tenantId, indicatorId: id, goalId: g, position }),
      );
      rows.audit.push({
        entity: 'indicator',
        entityId: id,
        action: 'create',
        after: { ...typed, goalIds },
      });
      if (formula)
        rows.audit.push({
          entity: 'indicator',
          entityId: id,
          action: 'update',
          before: { formula: null },
          after: { formula },
        });
    } else
      for (const ref of link) {
        const position = goals.indexOf(ref);
        rows.indicatorGoals.push({ tenantId, indicatorId: id, goalId: goalId(ref), position });
        rows.audit.push({
          entity: 'indicator_goal',
          entityId: id,
          action: 'create',
          after: { indicatorId: id, goalId: goalId(ref) },
        });
      }
    if (target) {
      const input = {
        unitId,
        year,
        targetKind: target.kind,
        target: target.value,
        councilTargetKind: target.councilKind,
        councilTarget: target.councilValue,
        tolerance: target.tolerance,
      };
      const { year: _year, ...fields } = input;
      rows.targets.push({ tenantId, indicatorId: id, yearId: ctx.yearId, ...fields });
      rows.audit.push({ entity: 'indicator_target', entityId: id, action: 'update', after: input });
    }
    return id;
  });
}

/** New activities, each placed last among its responsible unit's, as createActivity places it. */
export function activityRows(
  file: YearFile,
  ctx: WriteContext,
  goalId: (ref: string) => string,
  rows: YearRows,
): string[] {
  const { tenantId, yearId, unitOf } = ctx;
  const counts = new Map(ctx.activitiesOfUnit);
  return file.activities.map((activity, i) => {
    const existing = ctx.plan.activities[i];
    if (existing) return existing;
    const id = ctx.newId();
    const input = {
      year: file.year,
      kind: activity.kind,
      title: activity.title,
      description: activity.description,
      goalId: activity.goal === null ? null : goalId(activity.goal),
      responsibleUnitId: unitOf(activity.responsible)!,
      coResponsibleUnitIds: activity.coResponsible.map((ref) => unitOf(ref)!),
      startsOn: activity.startsOn,
      endsOn: activity.endsOn,
    };
    const { year: _year, coResponsibleUnitIds, ...fields } = input;
    const position = counts.get(fields.responsibleUnitId) ?? 0;
    for (const unit of new Set([fields.responsibleUnitId, ...coResponsibleUnitIds]))
      counts.set(unit, (counts.get(unit) ?? 0) + 1);
    rows.activities.push({ id, tenantId, yearId, ...fields, position });
    for (const unit of coResponsibleUnitIds)
      rows.activityUnits.push({ tenantId, activityId: id, unitId: unit });
    rows.audit.push({ entity: 'activity', entityId: id, action: 'create', after: input });
    return id;
  });
}

/** The unit's follow-up: assessments, outcomes and activity reports, as new drafts. */
export function followUpRows(
  file: YearFile,
  ctx: WriteContext,
  ids: { goalId: (ref: string) => string; indicators: string[]; activities: string[] },
  rows: YearRows,
): void {
  const { tenantId, unitId, userId, now } = ctx;
  const stamp = { tenantId, updatedBy: userId, updatedAt: now };
  const add = <T extends object>(list: T[], entity: string, entityId: string, write: object) => {
    list.push({ ...write, ...stamp } as T);
    rows.audit.push({ entity, entityId, action: 'create', before: null, after: write });
  };
  for (const [ref, byPeriod] of Object.entries(file.assessments))
    for (const [key, a] of Object.entries(byPeriod)) {
      const goalId = ids.goalId(ref);
      const write = { goalId, unitId, periodId: ctx.periodId(key), ...a };
      add(rows.assessments, 'goal_assessment', goalId, write);
    }
  file.indicators.forEach((indicator, i) => {
    const indicatorId = ids.indicators[i]!;
    for (const [key, o] of Object.entries(indicator.outcomes)) {
      const place = { unitId, periodId: ctx.periodId(key), indicatorId };
      add(rows.outcomes, 'indicator_outcome', indicatorId, outcomeWrite(indicator, place, o, now));
    }
    // as saveEnteredPreviousOutcome writes them
    for (const [key, o] of Object.entries(indicator.previousOutcomes ?? {})) {
      const split = indicator.genderSplit;
      const write = {
        indicatorId,
        unitId,
        periodId: ctx.periodId(key),
        value: o.value,
        valueWomen: split ? o.women : null,
        valueMen: split ? o.men : null,
      };
      add(rows.previousOutcomes, 'indicator_previous_outcome', indicatorId, write);
    }
  });
  file.activities.forEach((activity, i) => {
    const activityId = ids.activities[i]!;
    for (const [key, r] of Object.entries(activity.reports)) {
      const write = { ...r, activityId, unitId, periodId: ctx.periodId(key) };
      add(rows.activityReports, 'activity_report', activityId, write);
    }
  });
}

type FileIndicator = YearFile['indicators'][number];

/**
 * An outcome as saveOutcome writes it, or, of an indicator the file says is computed (decision
 * 004), as the economy's refresh writes it: computed under the formula with the file's value
 * (its `missing` saying where the value came from when it has none); a typed one the file keeps
 * from before the formula stays as it was.
 */
function outcomeWrite(
  indicator: FileIndicator,
  place: { unitId: string; periodId: string; indicatorId: string },
  o: FileIndicator['outcomes'][string],
  now: Date,
) {
  const label = { periodLabel: o.periodLabel, comment: o.comment };
  if (indicator.formula && o.computed)
    return {
      ...place,
      ...label,
      value: o.value,
      computed: {
        formula: formulaText(indicator.formula),
        missing: o.value === null ? ['ett värde (den importerade filen har inget)'] : [],
        computedAt: now.toISOString(),
      },
    };
  const split = indicator.formula || indicator.genderSplit;
  return {
    ...place,
    ...label,
    value: o.value,
    valueWomen: split ? o.women : null,
    valueMen: split ? o.men : null,
  };
}

/** Every row and audit entry of the file, in the order the use cases would write them. */
export function buildRows(file: YearFile, ctx: WriteContext) {
  const rows: YearRows = emptyRows();
  const goalIds = goalRows(file, ctx, rows);
  const refs = new Map(file.goals.map((g, i) => [g.ref, i]));
  const goalId = (ref: string) => goalIds[refs.get(ref)!]!;
  const indicators = indicatorRows(file, ctx, goalId, rows);
  const activities = activityRows(file, ctx, goalId, rows);
  // the follow-up, once the whole model is there (a report holds the goals above the unit's)
  followUpRows(file, ctx, { goalId, indicators, activities }, rows);
  reportRows(file, ctx, goalId, rows);
  return { rows, indicatorIds: indicators };
}

/** Version 3: the goals assigned to the unit (as assignGoal) and its chapter texts (as saveChapterText). */
function reportRows(
  file: YearFile,
  ctx: WriteContext,
  goalId: (ref: string) => string,
  rows: YearRows,
) {
  const { tenantId, unitId, userId, now } = ctx;
  for (const ref of file.assignedGoals) {
    const id = goalId(ref);
    if (ctx.assignedHere.has(id)) continue;
    rows.assignments.push({ tenantId, goalId: id, unitId });
    const after = { goalId: id, unitId };
    rows.audit.push({ entity: 'goal_assignment', entityId: id, action: 'create', after });
  }
  for (const [key, texts] of Object.entries(file.chapters))
    for (const [chapterKey, text] of Object.entries(texts)) {
      const periodId = ctx.periodId(key);
      rows.chapterTexts.push({
        tenantId,
        unitId,
        periodId,
        chapterKey,
        text,
        updatedBy: userId,
        updatedAt: now,
      });
      rows.audit.push({
        entity: 'report_chapter_text',
        entityId: `${unitId}/${periodId}/${chapterKey}`,
        action: 'create',
        before: null,
        after: { text },
      });
    }
}
