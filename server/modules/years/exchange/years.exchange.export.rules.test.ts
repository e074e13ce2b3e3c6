import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Period } from '#contracts/years.ts';
import { defaultGoalLevelSettings } from '#contracts/goals.levels.ts';
import { canonicalOf } from './years.exchange.canonical.rules.ts';
import {
  buildYearFile,
  canonicalDecimal,
  yearFileName,
  type YearData,
} from './years.exchange.export.rules.ts';
import type { UnitOf } from './years.exchange.rules.ts';
import {
  sampleFile,
  storedActivity,
  storedGoal,
  storedIndicator,
  units,
  uuid,
} from './years.exchange.testing.ts';
import { shuffledFile } from './years.exchange.shuffle.testing.ts';
import { noAccounts } from './years.exchange.accounts.rules.ts';

const byId: UnitOf = (ref) => ref.id;
const vb: Period = {
  id: uuid(500),
  yearId: uuid(501),
  year: 2024,
  key: 'VB',
  name: 'VB 2024',
  kind: 'annual',
  startsOn: '2024-01-01',
  endsOn: '2024-12-31',
  deadline: null,
  position: 0,
};

/** KF 1 > 1.1 > the office's nämndmål; IT's goal under 1.1, served by a shared activity. */
function year(ids: (n: number) => string = uuid): YearData {
  const g = { d1: ids(10), c11: ids(11), slk: ids(12), it: ids(13) };
  return {
    scbCode: '0180',
    unitId: units.slk.id,
    year: 2024,
    periods: [vb],
    goals: [
      storedGoal(g.d1, 'direction', '1', 'Ett hållbart Testby', units.kf.id, [], 0),
      storedGoal(g.c11, 'council', '1.1', 'Luften är ren', units.kf.id, [g.d1], 1),
      storedGoal(g.slk, 'committee', null, 'Kontoret minskar', units.slk.id, [g.c11], 2),
      storedGoal(g.it, 'committee', null, 'IT minskar', units.it.id, [g.c11], 3),
    ],
    indicators: [
      storedIndicator(ids(21), [g.slk], 'Resor med bil'),
      storedIndicator(ids(22), [g.c11], 'Dygn över normvärdet'),
      storedIndicator(ids(23), [g.slk], 'Elbilar i flottan'),
    ],
    targets: [
      {
        indicatorId: ids(22),
        unitId: units.slk.id,
        year: 2024,
        targetKind: 'value',
        target: '7',
        councilTargetKind: 'none',
        councilTarget: null,
        tolerance: null,
      },
    ],
    outcomes: [
      {
        indicatorId: ids(22),
        unitId: units.slk.id,
        periodId: vb.id,
        value: '45',
        valueWomen: null,
        valueMen: null,
        periodLabel: '2024',
        comment: '',
        version: 1,
        updatedAt: null,
        updatedByName: null,
      },
    ],
    previousOutcomes: [
      {
        indicatorId: ids(21),
        unitId: units.slk.id,
        periodId: vb.id,
        value: '12',
        valueWomen: null,
        valueMen: null,
        version: 1,
        updatedAt: null,
        updatedByName: null,
      },
    ],
    assessments: [
      {
        goalId: g.slk,
        unitId: units.slk.id,
        periodId: vb.id,
        value: 'helt',
        analysis: 'Bra.',
        justification: '',
        version: 1,
        updatedAt: null,
        updatedByName: null,
      },
    ],
    activities: [
      storedActivity(ids(31), {
        title: 'Delad med IT',
        goalId: g.it,
        responsibleUnitId: units.it.id,
        coResponsibleUnitIds: [units.slk.id],
      }),
      storedActivity(ids(32), { title: 'Andra', goalId: g.slk, position: 1 }),
      storedActivity(ids(33), { title: 'Första', goalId: g.slk, position: 0 }),
    ],
    activityReports: [],
    levels: defaultGoalLevelSettings,
    assignedGoalIds: [],
    chapterTexts: [],
    attachments: [],
    accounts: noAccounts,
    nameOf: (id) => Object.values(units).find((u) => u.id === id)?.name ?? '',
  };
}

describe('a unit’s year as a file', () => {
  const file = buildYearFile(year());

  test('holds the report’s goals and the goals its activities serve, in cascade order', () => {
    expect(file.goals.map((g) => [g.ref, g.title, g.parents])).toEqual([
      ['g1', 'Ett hållbart Testby', []],
      ['g2', 'Luften är ren', ['g1']],
      ['g3', 'Kontoret minskar', ['g2']],
      ['g4', 'IT minskar', ['g2']],
    ]);
  });

  test('orders indicators by their first goal, then by name', () => {
    expect(file.indicators.map((i) => [i.ref, i.name, i.goals])).toEqual([
      ['i1', 'Dygn över normvärdet', ['g2']],
      ['i2', 'Elbilar i flottan', ['g3']],
      ['i3', 'Resor med bil', ['g3']],
    ]);
    expect(file.indicators[0]).toMatchObject({
      target: { kind: 'value', value: '7', councilKind: 'none' },
      outcomes: { VB: { value: '45', periodLabel: '2024' } },
    });
  });

  test('lists the unit’s own activities in their order before those it shares', () => {
    expect(file.activities.map((a) => [a.ref, a.title, a.goal])).toEqual([
      ['a1', 'Första', 'g3'],
      ['a2', 'Andra', 'g3'],
      ['a3', 'Delad med IT', 'g4'],
    ]);
  });

  test('keeps assessments by goal ref and period key', () => {
    expect(file.assessments).toEqual({
      g3: { VB: { value: 'helt', analysis: 'Bra.', justification: '' } },
    });
  });

  test('is version 4, with last year’s entered outcomes only on the indicators that have them', () => {
    expect(file.formatVersion).toBe(4);
    expect(file.indicators.map((i) => [i.name, i.previousOutcomes])).toEqual([
      ['Dygn över normvärdet', undefined],
      ['Elbilar i flottan', undefined],
      ['Resor med bil', { VB: { value: '12', women: null, men: null } }],
    ]);
  });

  test('is the same file for the same data under other ids, in any order', () => {
    const other = year((n) => uuid(n + 1000));
    other.goals.reverse();
    other.indicators.reverse();
    other.activities.reverse();
    expect(buildYearFile(other)).toEqual(file);
  });
});

describe('comparing files', () => {
  const file = buildYearFile(year());

  test('file-local refs and the spelling of decimals do not matter', () => {
    const renamed = sampleFile((f) => {
      const json = JSON.stringify(f).replaceAll('"g2"', '"kf-1.1"').replaceAll('"45"', '"45.00"');
      Object.assign(f, JSON.parse(json));
    });
    expect(canonicalOf(renamed, byId)).toBe(canonicalOf(sampleFile(), byId));
  });

  test('neither does the order of any list or record, nor the refs (any shuffle)', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        expect(canonicalOf(shuffledFile(file, seed), byId)).toBe(canonicalOf(file, byId));
      }),
      { numRuns: 200 },
    );
  });

  test('a changed figure of last year does', () => {
    const changed = structuredClone(file);
    changed.indicators[2]!.previousOutcomes!.VB!.value = '13';
    expect(canonicalOf(changed, byId)).not.toBe(canonicalOf(file, byId));
    delete changed.indicators[2]!.previousOutcomes;
    expect(canonicalOf(changed, byId)).not.toBe(canonicalOf(file, byId));
  });

  test('a changed analysis does', () => {
    const changed = sampleFile((f) => {
      (f.assessments as Record<string, Record<string, { analysis: string }>>).g3!.VB!.analysis =
        'Annat.';
    });
    expect(canonicalOf(changed, byId)).not.toBe(canonicalOf(sampleFile(), byId));
  });

  test('decimals compare as numbers', () => {
    expect(['94.180', '007', '-0.0', '-1.50', '0.5', '12'].map(canonicalDecimal)).toEqual([
      '94.18',
      '7',
      '0',
      '-1.5',
      '0.5',
      '12',
    ]);
  });
});

test('a downloaded file is named after the unit and the year, in plain letters', () => {
  expect(yearFileName('Kommunstyrelsen', 2015)).toBe('rodtrad-kommunstyrelsen-2015.json');
  expect(yearFileName('Förskoleförvaltningen Södra/Öst', 2015)).toBe(
    'rodtrad-forskoleforvaltningen-sodra-ost-2015.json',
  );
  expect(yearFileName('???', 2015)).toBe('rodtrad-enhet-2015.json');
});
