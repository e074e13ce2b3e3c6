import type { Activity } from '#contracts/activities.ts';
import { yearFile, type YearFile } from '#contracts/years.exchange.ts';
import type { Indicator } from '#contracts/indicators.ts';
import { defaultGoalLevelSettings } from '#contracts/goals.levels.ts';
import type { StoredGoal } from './years.exchange.export.rules.ts';

/**
 * A small year file for the exchange's rule tests: KF's inriktningsmål 1 and KF goal 1.1, the
 * office's (SLK) nämndmål under it, an indicator of 1.1 with the office's target and outcome,
 * and an activity of the office shared with IT.
 */
export const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
export const units = {
  kf: { id: uuid(1), name: 'Kommunfullmäktige' },
  slk: { id: uuid(2), name: 'Stadsledningskontoret' },
  it: { id: uuid(3), name: 'IT' },
};

/** A year file without what must differ between tenants: the units' ids and the tenant. */
export const withoutIds = (file: YearFile) =>
  JSON.parse(
    JSON.stringify({ ...file, tenant: null }).replace(/"id":"[0-9a-f-]{36}"/g, '"id":null'),
  ) as unknown;

export function sampleFile(change: (file: Record<string, unknown>) => void = () => {}): YearFile {
  const file: Record<string, unknown> = {
    format: 'rodtrad.unit-year',
    formatVersion: 4,
    tenant: { scbCode: '0180' },
    unit: units.slk,
    year: 2024,
    periods: [
      {
        key: 'T1',
        name: 'Tertialrapport 1 2024',
        kind: 'tertial',
        startsOn: '2024-01-01',
        endsOn: '2024-04-30',
      },
      { key: 'VB', name: 'VB 2024', kind: 'annual', startsOn: '2024-01-01', endsOn: '2024-12-31' },
    ],
    goals: [
      { ref: 'g1', level: 'direction', number: '1', title: 'Ett hållbart Testby', owner: units.kf },
      {
        ref: 'g2',
        level: 'council',
        number: '1.1',
        title: 'Luften är ren',
        owner: units.kf,
        parents: ['g1'],
      },
      {
        ref: 'g3',
        level: 'committee',
        title: 'Kontoret minskar sina utsläpp',
        heading: 'Nämndmål:',
        owner: units.slk,
        parents: ['g2'],
      },
    ],
    indicators: [
      {
        ref: 'i1',
        name: 'Antal dygn över normvärdet',
        unit: 'dygn',
        decimals: 0,
        direction: 'lower_is_better',
        level: 'council',
        goals: ['g2'],
        target: { kind: 'value', value: '7', councilKind: 'set_by_committee' },
        outcomes: { VB: { value: '45', periodLabel: '2024', comment: 'Bättre än i fjol' } },
      },
    ],
    activities: [
      {
        ref: 'a1',
        kind: 'committee_activity',
        title: 'Byt till elbilar',
        goal: 'g3',
        responsible: units.slk,
        coResponsible: [units.it],
        startsOn: '2024-01-01',
        endsOn: '2024-12-31',
        reports: { VB: { status: 'completed', analysis: 'Klart.' } },
      },
    ],
    assessments: {
      g2: { VB: { value: 'delvis', analysis: 'Luften blev renare men inte nog.' } },
      g3: { VB: { value: 'helt', analysis: 'Utsläppen minskade.' } },
    },
    levels: defaultGoalLevelSettings,
  };
  change(file);
  return yearFile.parse(file);
}

/** The tenant's units at the end of 2024, as the organisation gives them. */
export const orgUnits = Object.values(units);

export const storedGoal = (
  id: string,
  level: StoredGoal['level'],
  number: string | null,
  title: string,
  ownerUnitId: string,
  parentIds: string[] = [],
  position = 0,
): StoredGoal => ({
  id,
  year: 2024,
  level,
  number,
  title,
  description: '',
  ownerUnitId,
  heading: level === 'committee' ? 'Nämndmål:' : null,
  parentIds,
  previousGoalId: null,
  position,
  version: 1,
});

export const storedIndicator = (id: string, goalIds: string[], name: string): Indicator => ({
  id,
  name,
  definition: '',
  unit: 'dygn',
  decimals: 0,
  direction: 'lower_is_better',
  level: 'council',
  genderSplit: false,
  goalIds,
  version: 1,
});

export const storedActivity = (id: string, overrides: Partial<Activity>): Activity => ({
  id,
  year: 2024,
  kind: 'committee_activity',
  title: 'Byt till elbilar',
  description: '',
  goalId: null,
  responsibleUnitId: units.slk.id,
  coResponsibleUnitIds: [units.it.id],
  startsOn: '2024-01-01',
  endsOn: '2024-12-31',
  previousActivityId: null,
  position: 0,
  version: 1,
  ...overrides,
});
