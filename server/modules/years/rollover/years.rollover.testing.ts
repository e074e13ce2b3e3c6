import type { Activity } from '#contracts/activities.ts';
import type { GoalLevel } from '#contracts/goals.ts';
import type { Target } from '#contracts/indicators.ts';
import type { RolloverModel, SourceGoal } from './years.rollover.rules.ts';

/** Small builders for the rollover's rule tests. */
export const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

export const unit = { kf: uuid(901), slk: uuid(902), eko: uuid(903), it: uuid(904) };

export const goal = (
  id: string,
  level: GoalLevel,
  number: string | null,
  title: string,
  parentIds: string[] = [],
  ownerUnitId = unit.kf,
  position = 0,
): SourceGoal => ({
  id,
  level,
  number,
  title,
  description: `Om ${title}`,
  ownerUnitId,
  heading: level === 'committee' ? 'Nämndmål:' : null,
  parentIds,
  position,
  version: 1,
});

export const activity = (
  id: string,
  goalId: string | null,
  startsOn: string,
  endsOn: string,
  overrides: Partial<Activity> = {},
): Activity => ({
  id,
  year: 2024,
  kind: 'committee_activity',
  title: `Aktivitet ${id.slice(-3)}`,
  description: '',
  goalId,
  responsibleUnitId: unit.slk,
  coResponsibleUnitIds: [],
  startsOn,
  endsOn,
  previousActivityId: null,
  position: 0,
  version: 1,
  ...overrides,
});

export const target = (indicatorId: string, unitId: string, value: string | null): Target => ({
  indicatorId,
  unitId,
  year: 2024,
  targetKind: value === null ? 'set_by_committee' : 'value',
  target: value,
  councilTargetKind: 'none',
  councilTarget: null,
  tolerance: null,
});

export const model = (parts: Partial<RolloverModel> = {}): RolloverModel => ({
  fromYear: 2024,
  toYear: 2025,
  goals: [],
  indicatorLinks: [],
  targets: [],
  activities: [],
  existingTargets: [],
  openUnitIds: new Set(Object.values(unit)),
  unitNames: new Map([
    [unit.kf, 'Kommunfullmäktige'],
    [unit.slk, 'Stadsledningskontoret'],
    [unit.eko, 'Ekonomi'],
    [unit.it, 'IT'],
  ]),
  ...parts,
});

export const nothing = { goals: {}, activities: {}, carryTargets: false };
