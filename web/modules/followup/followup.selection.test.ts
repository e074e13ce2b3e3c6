import { describe, expect, test } from 'vitest';
import type { UnitAtDate } from '#contracts/org.ts';
import type { Grant } from '#contracts/people.ts';
import type { BudgetYear, Period } from '#contracts/years.ts';
import {
  defaultPeriod,
  grantedUnits,
  parseFollowupSearch,
  resolveSelection,
  unitChoices,
} from './followup.selection.ts';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function yearOf(year: number, firstId: number): BudgetYear {
  const period = (key: string, position: number, endsOn: string, deadline: string): Period => ({
    id: id(firstId + position),
    yearId: id(firstId + 10),
    year,
    key,
    name: `${key} ${year}`,
    kind: key === 'VB' ? 'annual' : 'tertial',
    startsOn: `${year}-01-01`,
    endsOn: `${year}-${endsOn}`,
    deadline: deadline.startsWith('+') ? `${year + 1}${deadline.slice(1)}` : `${year}-${deadline}`,
    position,
  });
  return {
    id: id(firstId + 10),
    year,
    periods: [
      period('VB', 2, '12-31', '+-02-15'),
      period('T1', 0, '04-30', '05-15'),
      period('T2', 1, '08-31', '09-15'),
    ],
  };
}

const y2014 = yearOf(2014, 100);
const y2015 = yearOf(2015, 200);
const grant = (unitId: string | null, unitName: string | null = null): Grant => ({
  id: id(900),
  role: 'reporter',
  unitId,
  unitName,
});

describe('the address', () => {
  test('well-formed year, period and unit are kept; the rest is dropped', () => {
    expect(parseFollowupSearch({ year: 2015, period: id(1), unit: id(2) })).toEqual({
      year: 2015,
      period: id(1),
      unit: id(2),
    });
    expect(parseFollowupSearch({ year: '2015' })).toEqual({ year: 2015 });
    expect(parseFollowupSearch({ year: 20.5, period: 'T2', unit: '<script>' })).toEqual({});
  });
});

describe('the default period', () => {
  test('is the one whose deadline is next, counting today', () => {
    expect(defaultPeriod(y2015.periods, '2015-06-01')?.key).toBe('T2');
    expect(defaultPeriod(y2015.periods, '2015-09-15')?.key).toBe('T2');
    expect(defaultPeriod(y2015.periods, '2015-01-10')?.key).toBe('T1');
  });

  test('is the annual report when every deadline has passed', () => {
    expect(defaultPeriod(y2015.periods, '2026-01-01')?.key).toBe('VB');
  });
});

describe('resolving the selection', () => {
  const grants = [grant(null), grant(id(50), 'Kommunstyrelsen'), grant(id(51), 'Stab')];

  test('without a search: the latest year, its next deadline and the first granted unit', () => {
    const chosen = resolveSelection([y2014, y2015], {}, grants, '2015-06-01');
    expect(chosen.year?.year).toBe(2015);
    expect(chosen.period?.key).toBe('T2');
    expect(chosen.unitId).toBe(id(50));
  });

  test('a period in the address decides the year too', () => {
    const t1of2014 = y2014.periods.find((p) => p.key === 'T1')!;
    const chosen = resolveSelection([y2014, y2015], { year: 2015, period: t1of2014.id }, [], '');
    expect(chosen.year?.year).toBe(2014);
    expect(chosen.period?.id).toBe(t1of2014.id);
    expect(chosen.unitId).toBeUndefined();
  });

  test('a year without a period gets that year’s default period', () => {
    const chosen = resolveSelection([y2014, y2015], { year: 2014, unit: id(7) }, grants, '2026');
    expect(chosen.period?.key).toBe('VB');
    expect(chosen.period?.year).toBe(2014);
    expect(chosen.unitId).toBe(id(7));
  });

  test('no years: nothing to choose', () => {
    expect(resolveSelection([], {}, grants, '2015-01-01')).toEqual({
      year: undefined,
      period: undefined,
      unitId: id(50),
    });
  });
});

describe('the unit picker', () => {
  const unit = (n: number, name: string, parent: number | null, kind = 'unit'): UnitAtDate =>
    ({
      id: id(n),
      name,
      shortName: null,
      code: null,
      kind,
      parentId: parent === null ? null : id(parent),
      isResultUnit: false,
      validFrom: '2005-03-09',
      validTo: null,
    }) as UnitAtDate;
  const units = [
    unit(1, 'Kommunfullmäktige', null, 'council'),
    unit(2, 'Kommunstyrelsen', 1, 'executive_board'),
    unit(3, 'Stab', 2, 'department'),
  ];

  test('granted units are listed once each, tenant-wide grants are not units', () => {
    expect(
      grantedUnits([grant(id(2), 'KS'), grant(null), grant(id(2), 'KS'), grant(id(3), 'Stab')]),
    ).toEqual([
      { id: id(2), name: 'KS' },
      { id: id(3), name: 'Stab' },
    ]);
  });

  test('own units come first, then the tree; units missing at the date are left out', () => {
    const choices = unitChoices([grant(id(3), 'Stab'), grant(id(99), 'Gone')], units);
    expect(choices.granted.map((u) => u.label)).toEqual(['Stab']);
    expect(choices.tree.map((u) => u.depth)).toEqual([0, 1, 2]);
  });
});
