import { z } from 'zod';
import { id, shortText } from './common.ts';
import { goalLevels, type GoalLevel } from './goals.ts';
import { year } from './years.ts';

/**
 * A tenant's goal model for a year (docs/decisions/007-goal-levels.md). The five level keys are
 * the roles a level plays in the cascade, always in this order: the top (vision, övergripande
 * mål), the direction (inriktningsmål, strategiska mål), the council-wide goal of an area (KF:s
 * mål), the committee's goal (nämndmål, verksamhetsmål) and the unit's (enhetsmål). A tenant
 * names the levels as its documents print them and chooses which it uses, which are assessed
 * and which carry indicators and targets.
 */
export const goalLevelSetting = z.strictObject({
  /** the name as printed, e.g. "Nämndmål" or "Fokusområde" */
  name: shortText(100),
  inUse: z.boolean(),
  /** a unit writes an assessment (helt / delvis / inte) for goals of this level */
  assessed: z.boolean(),
  /** goals of this level have indicators with targets */
  carriesIndicators: z.boolean(),
});
export type GoalLevelSetting = z.infer<typeof goalLevelSetting>;

export const goalLevelSettings = z.strictObject({
  vision: goalLevelSetting,
  direction: goalLevelSetting,
  council: goalLevelSetting,
  committee: goalLevelSetting,
  unit: goalLevelSetting,
} satisfies Record<GoalLevel, typeof goalLevelSetting>);
export type GoalLevelSettings = z.infer<typeof goalLevelSettings>;

/** Stockholm's model, the demo's, and every year's until its tenant stores its own. */
export const defaultGoalLevelSettings: GoalLevelSettings = {
  vision: { name: 'Vision', inUse: true, assessed: false, carriesIndicators: false },
  direction: { name: 'Inriktningsmål', inUse: true, assessed: false, carriesIndicators: false },
  council: {
    name: 'KF:s mål för verksamhetsområdet',
    inUse: true,
    assessed: true,
    carriesIndicators: true,
  },
  committee: { name: 'Nämndmål', inUse: true, assessed: true, carriesIndicators: true },
  unit: { name: 'Enhetsmål', inUse: true, assessed: true, carriesIndicators: true },
};

export const goalLevelsQuery = z.strictObject({ year: z.coerce.number().pipe(year) });

export const goalLevelsOfYear = z.object({
  year,
  /** false: nothing is stored for the year and `levels` is the default */
  stored: z.boolean(),
  levels: goalLevelSettings,
});
export type GoalLevelsOfYear = z.infer<typeof goalLevelsOfYear>;

export const goalLevelsInput = z.strictObject({ year, levels: goalLevelSettings });
export type GoalLevelsInput = z.infer<typeof goalLevelsInput>;

/** The levels a year uses, top down. */
export const levelsInUse = (settings: GoalLevelSettings): GoalLevel[] =>
  goalLevels.filter((level) => settings[level].inUse);

/** The levels whose goals a unit assesses (only levels in use). */
export const assessedLevelsOf = (settings: GoalLevelSettings): GoalLevel[] =>
  levelsInUse(settings).filter((level) => settings[level].assessed);

/** May goals of the level have indicators with targets (a level in use that carries them)? */
export const carriesIndicatorsAt = (settings: GoalLevelSettings, level: GoalLevel): boolean =>
  settings[level].inUse && settings[level].carriesIndicators;

/** The level a goal's parents must have: the nearest level above it in use; null at the top. */
export function parentLevelIn(settings: GoalLevelSettings, level: GoalLevel): GoalLevel | null {
  const above = goalLevels.slice(0, goalLevels.indexOf(level)).filter((l) => settings[l].inUse);
  return above.at(-1) ?? null;
}

/** The nearest level below `level` in use, whose goals roll up into it; null at the bottom. */
export function childLevelIn(settings: GoalLevelSettings, level: GoalLevel): GoalLevel | null {
  return goalLevels.slice(goalLevels.indexOf(level) + 1).find((l) => settings[l].inUse) ?? null;
}

/**
 * A council-level goal that a committee answers for directly ("nämnden ska bidra till"),
 * without a nämndmål of its own beneath it: it is in the committee's report, assessed there,
 * and counted in the council's roll-up.
 */
export const goalAssignment = z.object({
  goalId: id,
  unitId: id,
  unitName: z.string().nullable(),
});
export type GoalAssignment = z.infer<typeof goalAssignment>;

export const goalAssignmentsResponse = z.object({ assignments: z.array(goalAssignment) });

export const goalAssignmentParams = z.strictObject({ id, unitId: id });
