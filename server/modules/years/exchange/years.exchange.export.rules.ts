import type { Activity, ActivityReport } from '#contracts/activities.ts';
import {
  yearFileFormat,
  yearFileVersion,
  type UnitRef,
  type YearFile,
  type YearFileAttachment,
} from '#contracts/years.exchange.ts';
import type { GoalLevelSettings } from '#contracts/goals.levels.ts';
import { indicatorFormula, type IndicatorFormula } from '#contracts/formulas.ts';
import type { Goal, GoalAssessment } from '#contracts/goals.ts';
import type { EnteredPreviousOutcome, Indicator, Outcome, Target } from '#contracts/indicators.ts';
import type { Period } from '#contracts/years.ts';
import { reportGoalsOf } from '../../followup/followup.rules.ts';
import { periodInputOf } from '../years.rules.ts';
import { accountsOf, type AccountsData } from './years.exchange.accounts.rules.ts';

/**
 * A unit's year as a file, and the comparison of two files. The file is canonical: the same
 * data always gives the same file, refs included (g1, i1, a1 … in the file's order), so that an
 * export, an import elsewhere and a second export give the same file but for the ids.
 */

export type StoredGoal = Omit<Goal, 'ownerUnitName'>;

/** What a unit's year is made of, as the repositories give it. */
export type YearData = {
  scbCode: string;
  unitId: string;
  year: number;
  /** the year's periods in their order */
  periods: Period[];
  /** every goal of the year */
  goals: StoredGoal[];
  /** the indicators measuring the goals of the unit's report */
  indicators: Indicator[];
  /** the unit's targets, outcomes, assessments and activity reports of the year */
  targets: Target[];
  outcomes: Outcome[];
  /** last year's outcomes as entered on the unit's reports of the year */
  previousOutcomes: EnteredPreviousOutcome[];
  assessments: GoalAssessment[];
  /** the activities the unit is responsible or co-responsible for, and its reports on them */
  activities: Activity[];
  activityReports: ActivityReport[];
  /** the year's goal levels (the default where the tenant stored none) */
  levels: GoalLevelSettings;
  /** the goals above its own assigned to the unit (a committee answering for a council goal) */
  assignedGoalIds: string[];
  /** the unit's chapter texts of the year */
  chapterTexts: { periodId: string; chapterKey: string; text: string }[];
  /** the unit's attachments of the year, without their contents */
  attachments: (YearFileAttachment & { periodId: string })[];
  /** version 4: its internal control, staff figures and feedback (and the latter two of the year before) */
  accounts: AccountsData;
  /** a unit's name on the year's last day */
  nameOf: (unitId: string) => string;
};

type GoalLike = Pick<StoredGoal, 'id' | 'level' | 'ownerUnitId' | 'parentIds' | 'position'>;

/**
 * The goals of a unit's year in cascade order: those of its report (its own and every goal
 * above them), and those its activities serve with the goals above them, so that every link in
 * the file points at a goal in the file.
 */
export function yearGoalsOf<G extends GoalLike>(
  goals: readonly G[],
  unitId: string,
  activities: readonly Pick<Activity, 'goalId'>[],
  assignedGoalIds: readonly string[] = [],
): { report: G[]; all: G[] } {
  const served = new Set(activities.flatMap((a) => (a.goalId === null ? [] : [a.goalId])));
  const byId = new Map(goals.map((g) => [g.id, g]));
  // reportGoalsOf climbs from the goals a unit owns: let the served goals count as owned.
  const all = reportGoalsOf(
    goals.map((g) => (served.has(g.id) ? { ...g, ownerUnitId: unitId } : g)),
    unitId,
    assignedGoalIds,
  ).map((g) => byId.get(g.id)!);
  return { report: reportGoalsOf(goals, unitId, assignedGoalIds), all };
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function buildYearFile(data: YearData): YearFile {
  const { report, all: goals } = yearGoalsOf(
    data.goals,
    data.unitId,
    data.activities,
    data.assignedGoalIds,
  );
  const inReport = new Set(report.map((g) => g.id));
  const goalRef = new Map(goals.map((g, i) => [g.id, `g${i + 1}`]));
  const cascade = new Map(goals.map((g, i) => [g.id, i]));
  const unit = (id: string): UnitRef => ({ id, name: data.nameOf(id) });
  const byPeriod = <T extends { periodId: string }, R>(rows: T[], shape: (row: T) => R) =>
    Object.fromEntries(
      data.periods.flatMap((p) => {
        const row = rows.find((r) => r.periodId === p.id);
        return row ? [[p.key, shape(row)]] : [];
      }),
    );

  // The database keeps no order of the indicators under a goal: they follow their first goal,
  // then their name, then everything else, so that the order is the same wherever they are.
  const indicators = data.indicators
    .filter((i) => i.goalIds.some((id) => inReport.has(id)))
    .map((indicator) => {
      const goalIds = indicator.goalIds
        .filter((id) => goalRef.has(id))
        .sort((a, b) => cascade.get(a)! - cascade.get(b)!);
      const target = data.targets.find((t) => t.indicatorId === indicator.id);
      return {
        first: cascade.get(goalIds[0]!)!,
        entry: {
          name: indicator.name,
          definition: indicator.definition,
          unit: indicator.unit,
          decimals: indicator.decimals,
          direction: indicator.direction,
          level: indicator.level,
          genderSplit: indicator.genderSplit,
          // only for a computed indicator, so that other files stay as older versions wrote them;
          // parsed again so that its fields come in the schema's order, not the database's
          ...(indicator.formula
            ? { formula: indicatorFormula.parse(indicator.formula.definition) }
            : {}),
          goals: goalIds.map((id) => goalRef.get(id)!),
          target: target
            ? {
                kind: target.targetKind,
                value: target.target,
                councilKind: target.councilTargetKind,
                councilValue: target.councilTarget,
                tolerance: target.tolerance,
              }
            : null,
          outcomes: byPeriod(
            data.outcomes.filter((o) => o.indicatorId === indicator.id),
            (o) => ({
              value: o.value,
              women: o.valueWomen,
              men: o.valueMen,
              periodLabel: o.periodLabel,
              comment: o.comment,
              ...(o.computed ? { computed: true } : {}),
            }),
          ),
          ...previousOutcomesOf(data, indicator.id, byPeriod),
        },
      };
    })
    .sort(
      (a, b) =>
        a.first - b.first ||
        compareText(a.entry.name, b.entry.name) ||
        compareText(JSON.stringify(a.entry), JSON.stringify(b.entry)),
    )
    .map(({ entry }, i) => ({ ref: `i${i + 1}`, ...entry }));

  // The unit's own activities first in their order, then those it shares, by responsible unit.
  const activities = data.activities
    .map((activity) => ({
      own: activity.responsibleUnitId === data.unitId ? 0 : 1,
      position: activity.position,
      entry: {
        kind: activity.kind,
        title: activity.title,
        description: activity.description,
        goal: activity.goalId === null ? null : (goalRef.get(activity.goalId) ?? null),
        responsible: unit(activity.responsibleUnitId),
        // stored without an order: by name, then id
        coResponsible: activity.coResponsibleUnitIds
          .map(unit)
          .sort((x, y) => compareText(x.name, y.name) || compareText(x.id!, y.id!)),
        startsOn: activity.startsOn,
        endsOn: activity.endsOn,
        reports: byPeriod(
          data.activityReports.filter((r) => r.activityId === activity.id),
          (r) => ({ status: r.status, deviation: r.deviation, analysis: r.analysis }),
        ),
      },
    }))
    .sort(
      (a, b) =>
        a.own - b.own ||
        compareText(a.entry.responsible.name, b.entry.responsible.name) ||
        a.position - b.position ||
        compareText(JSON.stringify(a.entry), JSON.stringify(b.entry)),
    )
    .map(({ entry }, i) => ({ ref: `a${i + 1}`, ...entry }));

  const assessments = Object.fromEntries(
    report.flatMap((goal) => {
      const own = byPeriod(
        data.assessments.filter((a) => a.goalId === goal.id),
        (a) => ({ value: a.value, analysis: a.analysis, justification: a.justification }),
      );
      return Object.keys(own).length > 0 ? [[goalRef.get(goal.id)!, own]] : [];
    }),
  );

  return {
    format: yearFileFormat,
    formatVersion: yearFileVersion,
    tenant: { scbCode: data.scbCode },
    unit: unit(data.unitId),
    year: data.year,
    periods: data.periods.map(periodInputOf),
    goals: goals.map((g) => ({
      ref: goalRef.get(g.id)!,
      level: g.level,
      number: g.number,
      title: g.title,
      description: g.description,
      heading: g.heading,
      owner: unit(g.ownerUnitId),
      parents: g.parentIds
        .filter((id) => goalRef.has(id))
        .sort((a, b) => cascade.get(a)! - cascade.get(b)!)
        .map((id) => goalRef.get(id)!),
    })),
    indicators,
    activities,
    assessments,
    levels: data.levels,
    assignedGoals: data.assignedGoalIds
      .filter((id) => goalRef.has(id))
      .sort((a, b) => cascade.get(a)! - cascade.get(b)!)
      .map((id) => goalRef.get(id)!),
    ...reportsOf(data),
    ...accountsOf(data.accounts),
  };
}

/** Version 3's chapter texts (not empty ones) and attachments, per period key in order. */
function reportsOf(data: YearData): Pick<YearFile, 'chapters' | 'attachments'> {
  const perPeriod = <T, R>(rows: (T & { periodId: string })[], shape: (rows: T[]) => R) =>
    Object.fromEntries(
      data.periods.flatMap((p) => {
        const own = rows.filter((r) => r.periodId === p.id);
        return own.length > 0 ? [[p.key, shape(own)]] : [];
      }),
    );
  const texts = data.chapterTexts.filter((t) => t.text !== '');
  return {
    chapters: perPeriod(texts, (rows) =>
      Object.fromEntries(
        rows
          .sort((a, b) => compareText(a.chapterKey, b.chapterKey))
          .map((t) => [t.chapterKey, t.text]),
      ),
    ),
    attachments: perPeriod(data.attachments, (rows) =>
      rows
        .map(({ name, contentType, size, sha256 }) => ({ name, contentType, size, sha256 }))
        .sort((a, b) => compareText(a.name, b.name) || compareText(a.sha256, b.sha256)),
    ),
  };
}

/** Version 2's entered previous-year outcomes of an indicator, only when there are any. */
function previousOutcomesOf(
  data: YearData,
  indicatorId: string,
  byPeriod: <T extends { periodId: string }, R>(
    rows: T[],
    shape: (row: T) => R,
  ) => Record<string, R>,
) {
  const rows = data.previousOutcomes.filter((o) => o.indicatorId === indicatorId);
  if (rows.length === 0) return {};
  return {
    previousOutcomes: byPeriod(rows, (o) => ({
      value: o.value,
      women: o.valueWomen,
      men: o.valueMen,
    })),
  };
}

/** "94.180" and "094.18" are the number 94.18; PostgreSQL's numeric keeps no such difference. */
export function canonicalDecimal(value: string | null): string | null {
  if (value === null) return null;
  const negative = value.startsWith('-');
  const [whole = '0', fraction = ''] = value.replace(/^[-+]/, '').split('.');
  const integer = whole.replace(/^0+(?=\d)/, '');
  const decimals = fraction.replace(/0+$/, '');
  const text = decimals ? `${integer}.${decimals}` : integer;
  return negative && /[1-9]/.test(text) ? `-${text}` : text;
}

/** A formula as text that does not depend on the order of its fields; null for none. */
export function formulaKey(formula: IndicatorFormula | null): string | null {
  const sorted = (value: unknown): unknown =>
    value !== null && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(
          Object.keys(value)
            .sort()
            .map((key) => [key, sorted((value as Record<string, unknown>)[key])]),
        )
      : value;
  return formula === null ? null : JSON.stringify(sorted(formula));
}

/** The file's name when it is downloaded: rodtrad-kommunstyrelsen-2015.json. */
export function yearFileName(unitName: string, year: number): string {
  const slug = unitName
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `rodtrad-${slug || 'enhet'}-${year}.json`;
}
