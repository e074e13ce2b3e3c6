import type { FieldIssue } from '#contracts/common.ts';
import { goalLevels } from '#contracts/goals.ts';
import {
  carriesIndicatorsAt,
  parentLevelIn,
  type GoalLevelSettings,
} from '#contracts/goals.levels.ts';
import { codedIssue } from '#contracts/issues.ts';
import type { TemplateChapter } from '#contracts/reports.ts';
import type { YearFile, YearFileAttachment } from '#contracts/years.exchange.ts';
import type { PeriodKind } from '#contracts/years.ts';
import { chapterParts } from '../../reports/reports.rules.ts';

/**
 * Version 3's parts of a file, checked: the year's goal levels against the organisation's, the
 * goals assigned to the unit, and the chapter texts against the report templates here.
 */

const modelFields = ['inUse', 'assessed', 'carriesIndicators'] as const;

/**
 * The file's levels must be the year's here in what they decide (in use, assessed, carries
 * indicators); the names are the organisation's own and may differ. `here` is null where the
 * import creates the year (it then takes the file's levels).
 */
export function levelProblems(file: YearFile, here: GoalLevelSettings | null): FieldIssue[] {
  if (here === null) return [];
  const year = String(file.year);
  return goalLevels.flatMap((level) =>
    modelFields
      .filter((field) => file.levels[level][field] !== here[level][field])
      .map((field) =>
        codedIssue(
          `levels.${level}.${field}`,
          'exchange.levels_differ',
          { year, level, field },
          `is ${here[level][field]} for ${level} in ${year} here: change it to ${here[level][field]}, or change the year's goal levels here first`,
        ),
      ),
  );
}

/** The assigned goals must be goals of the file, once each, at the level above the committees'. */
export function assignmentProblems(file: YearFile): FieldIssue[] {
  const level = parentLevelIn(file.levels, 'committee');
  const seen = new Set<string>();
  return file.assignedGoals.flatMap((ref, i) => {
    const path = `assignedGoals.${i}`;
    if (seen.has(ref)) return [codedIssue(path, 'followup.listed_twice', {}, 'is listed twice')];
    seen.add(ref);
    const goal = file.goals.find((g) => g.ref === ref);
    if (!goal)
      return [
        codedIssue(
          path,
          'exchange.unknown_goal',
          { ref },
          `there is no goal ${ref} in the file: use the ref of one of its goals, or add the goal`,
        ),
      ];
    if (goal.level === level) return [];
    const at = level ?? 'none';
    return [
      codedIssue(
        path,
        'exchange.assign_wrong_level',
        { level: at },
        `${ref} is a ${goal.level} goal; only a ${at} goal can be assigned to a unit: remove it from assignedGoals`,
      ),
    ];
  });
}

/**
 * An indicator may only measure goals of a level that carries indicators in the file's levels
 * (the year's here, as `levelProblems` checks). Unknown refs are the reference checks' business.
 */
export function indicatorLevelProblems(file: YearFile): FieldIssue[] {
  const year = String(file.year);
  return file.indicators.flatMap((indicator, i) =>
    indicator.goals.flatMap((ref, j) => {
      const goal = file.goals.find((g) => g.ref === ref);
      if (!goal || carriesIndicatorsAt(file.levels, goal.level)) return [];
      const name = file.levels[goal.level].name;
      return [
        codedIssue(
          `indicators.${i}.goals.${j}`,
          'exchange.level_carries_no_indicators',
          { goal: ref, name, year },
          `${ref} is a goal of the level ${name}, which carries no indicators in ${year}: link the indicator to a goal of a level with indicators in goals, or change the year's goal levels here first (carriesIndicators)`,
        ),
      ];
    }),
  );
}

/** The keys of a template's chapters that have a text the unit writes. */
const textKeys = (chapters: readonly TemplateChapter[]) =>
  chapters.filter((c) => chapterParts[c.kind].text).map((c) => c.key);

/** Each chapter text must go to a chapter with a text in the template of its period's kind. */
export function chapterProblems(
  file: YearFile,
  templateOf: (kind: PeriodKind) => readonly TemplateChapter[],
): FieldIssue[] {
  return Object.entries(file.chapters).flatMap(([key, texts]) => {
    const period = file.periods.find((p) => p.key === key);
    if (!period) return []; // the period checks say so
    const keys = textKeys(templateOf(period.kind));
    return Object.keys(texts)
      .filter((chapter) => !keys.includes(chapter))
      .map((chapter) =>
        codedIssue(
          `chapters.${key}.${chapter}`,
          'exchange.unknown_chapter',
          { chapter, period: key, chapters: keys.join(', ') },
          `the report template of ${key} has no chapter ${chapter} with a text; use one of ${keys.join(', ')}, or add the chapter to the template first`,
        ),
      );
  });
}

/** The attachments the file lists that the unit's report for the period does not have here. */
export function missingAttachments(
  file: YearFile,
  here: (periodKey: string) => readonly Pick<YearFileAttachment, 'sha256'>[],
): { period: string; name: string; sha256: string }[] {
  return Object.entries(file.attachments).flatMap(([period, list]) => {
    const held = new Set(here(period).map((a) => a.sha256));
    return list
      .filter((a) => !held.has(a.sha256))
      .map(({ name, sha256 }) => ({ period, name, sha256 }));
  });
}
