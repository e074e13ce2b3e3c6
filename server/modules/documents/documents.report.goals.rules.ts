import { readerAssessment, readerSentences, readerWords } from '#contracts/followup.reader.ts';
import type { GoalLevel } from '#contracts/goals.ts';
import type {
  ReportActivity,
  ReportGoal,
  ReportIndicator,
  UnitReport,
} from '#contracts/followup.ts';
import {
  formatIsoDate,
  formatTarget,
  formatValue,
  MISSING,
  orMissing,
} from './documents.format.ts';
import {
  paragraph,
  section,
  type Block,
  type HeadingLevel,
  type KeyValue,
  type Section,
  type Table,
} from './documents.model.ts';
import { words } from './documents.words.ts';

/**
 * The goal follow-up of a unit's report as document sections (domain.md §4.2, section 3): each
 * goal headed as the annual report heads it, with its assessment in the reader's words, its
 * analysis, its indicator table and its activity table, its sub-goals nested below it. Pure.
 */

export type ReportContent = Omit<UnitReport, 'may'>;

/** "VB 2015": a period's short name, as the tables print it. */
export const periodShortName = (period: { key: string; year: number }) =>
  `${period.key} ${period.year}`;

/** "KF:s mål för verksamhetsområdet: 1.1 Title", in the tenant's own level names when stored. */
export function goalHeading(goal: ReportGoal['goal'], headings: Record<GoalLevel, string>) {
  const label = goal.heading?.trim() || headings[goal.level];
  const number = goal.number?.trim();
  const numbered = number ? (number.includes('.') ? number : `${number}.`) : null;
  return [label, numbered, goal.title].filter(Boolean).join(' ');
}

const shortName = (goal: ReportGoal['goal']) =>
  goal.number?.trim() ? `${goal.number.trim()} ${goal.title}` : goal.title;

/**
 * The committee's judgement, the evidence's, and the committee's reason, in that order: the
 * reader's sentences of the report page (contracts/followup.reader.ts), in Swedish.
 */
export function assessmentSentences(goal: ReportGoal): string[] {
  const reader = readerAssessment(goal);
  return reader ? readerSentences(reader, readerWords.sv) : [];
}

/** The indicator table with the report's headers, gender columns when any indicator is split. */
export function indicatorTable(
  goalName: string,
  items: readonly ReportIndicator[],
  report: Pick<ReportContent, 'period' | 'previousPeriod'>,
): Table {
  const split = items.some((i) => i.indicator.genderSplit);
  const previous = report.previousPeriod ?? {
    key: report.period.key,
    year: report.period.year - 1,
  };
  const head = [
    words.indicators.name,
    words.indicators.outcome,
    ...(split ? [words.indicators.men, words.indicators.women] : []),
    words.indicators.previous(periodShortName(previous)),
    words.indicators.target,
    words.indicators.councilTarget,
    words.indicators.period,
  ];
  const targetWords = words.indicators;
  const body = items.map(({ indicator, outcome, target, ownersTarget, previousOutcome }) => {
    const own = target && {
      kind: target.targetKind,
      value: target.target,
      tolerance: target.tolerance,
    };
    const council = ownersTarget
      ? {
          kind: ownersTarget.targetKind,
          value: ownersTarget.target,
          tolerance: ownersTarget.tolerance,
        }
      : target && {
          kind: target.councilTargetKind,
          value: target.councilTarget,
          tolerance: target.tolerance,
        };
    const gendered = (value: string | null | undefined) =>
      indicator.genderSplit ? formatValue(value ?? null, indicator) : words.indicators.notSplit;
    return {
      role: 'body' as const,
      cells: [
        indicator.name,
        formatValue(outcome?.value ?? null, indicator),
        ...(split ? [gendered(outcome?.valueMen), gendered(outcome?.valueWomen)] : []),
        formatValue(previousOutcome, indicator),
        formatTarget(own, indicator, targetWords),
        formatTarget(council, indicator, targetWords),
        outcome ? (outcome.periodLabel ?? periodShortName(report.period)) : MISSING,
      ],
    };
  });
  return {
    kind: 'table',
    caption: words.indicators.caption(goalName),
    head: [head],
    body,
    align: head.map((_, i) => (i === 0 ? 'left' : 'right')),
    rowHeaders: true,
  };
}

/** Aktivitet · Startdatum · Slutdatum · Status · Avvikelse. */
export function activityTable(caption: string, items: readonly ReportActivity[]): Table {
  const head = [
    words.activities.title,
    words.activities.start,
    words.activities.end,
    words.activities.status,
    words.activities.deviation,
  ];
  return {
    kind: 'table',
    caption,
    head: [head],
    body: items.map(({ activity, report }) => ({
      role: 'body',
      cells: [
        activity.title,
        formatIsoDate(activity.startsOn),
        formatIsoDate(activity.endsOn),
        report?.status ? words.activities.statuses[report.status] : MISSING,
        orMissing(report?.deviation),
      ],
    })),
    align: head.map(() => 'left'),
    rowHeaders: true,
  };
}

/** Terms with a written text only: an indicator's comment, an activity's analysis. */
const notes = (title: string, items: { key: string; value: string }[]): Block[] => {
  const written = items.filter((i) => i.value.trim() !== '');
  if (written.length === 0) return [];
  const list: KeyValue = { kind: 'key_value', items: written };
  return [paragraph(title, 'label'), list];
};

function goalBlocks(goal: ReportGoal, report: ReportContent): Block[] {
  const name = shortName(goal.goal);
  const own = report.indicators.filter((i) => goal.indicatorIds.includes(i.indicator.id));
  const activities = report.activities.filter((a) => goal.activityIds.includes(a.activity.id));
  const analysis = goal.assessment?.analysis.trim() ?? '';
  return [
    ...assessmentSentences(goal).map((s) => paragraph(s)),
    ...(goal.assessed || analysis
      ? [
          paragraph(words.analysis, 'label'),
          paragraph(orMissing(analysis), analysis ? 'body' : 'missing'),
        ]
      : []),
    ...(own.length > 0
      ? [
          indicatorTable(name, own, report),
          ...notes(
            words.indicators.comments,
            own.map((i) => ({ key: i.indicator.name, value: i.outcome?.comment ?? '' })),
          ),
        ]
      : []),
    ...(activities.length > 0
      ? [
          activityTable(words.activities.caption(name), activities),
          ...notes(
            words.activities.analyses,
            activities.map((a) => ({ key: a.activity.title, value: a.report?.analysis ?? '' })),
          ),
        ]
      : []),
  ];
}

const deeper = (level: HeadingLevel): HeadingLevel => Math.min(4, level + 1) as HeadingLevel;

/**
 * The goals as nested sections: a goal under the first of its parents that the report holds,
 * the top goals at `level` (headings deeper than 4 stay at 4, as Word's Heading 4).
 */
export function goalSections(
  report: ReportContent,
  headings: Record<GoalLevel, string>,
  level: HeadingLevel,
): Section[] {
  const byId = new Map<string, Section>();
  const top: Section[] = [];
  for (const goal of report.goals) {
    const parent = goal.goal.parentIds.map((id) => byId.get(id)).find(Boolean);
    const made = section(
      goalHeading(goal.goal, headings),
      parent ? deeper(parent.level) : level,
      goalBlocks(goal, report),
    );
    byId.set(goal.goal.id, made);
    (parent ? parent.sections : top).push(made);
  }
  const placed = new Set(report.goals.flatMap((g) => g.activityIds));
  const others = report.activities.filter((a) => !placed.has(a.activity.id));
  if (others.length > 0)
    top.push(section(words.otherActivities, level, [activityTable(words.otherActivities, others)]));
  return top;
}
