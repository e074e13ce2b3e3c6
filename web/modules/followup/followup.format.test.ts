import { describe, expect, test } from 'vitest';
import {
  decimalForInput,
  formatDecimal,
  formatPercent,
  formatTarget,
  formatValue,
  goalDepths,
  goalHeading,
  goalShortName,
  parseDecimalFields,
  parseDecimalInput,
  periodShortName,
} from './followup.format.ts';

const nbsp = (text: string) => text.replace(/ /g, '\u00a0');
const words = {
  setByCommittee: 'tas fram av nämnd',
  cityAccounts: 'Rapporteras i stadens bokslut',
  none: '–',
};
const headings = {
  vision: 'Vision:',
  direction: 'KF:s inriktningsmål:',
  council: 'KF:s mål för verksamhetsområdet:',
  committee: 'Nämndmål:',
  unit: 'Enhetsmål:',
};

describe('values are shown as the annual report prints them', () => {
  test('a value keeps its own decimals up to the indicator’s, with a decimal comma and its unit', () => {
    expect(formatValue('28.3', { unit: 'kwh/kvm', decimals: 2 })).toBe(nbsp('28,3 kwh/kvm'));
    expect(formatValue('94.18', { unit: '%', decimals: 2 })).toBe(nbsp('94,18 %'));
    expect(formatValue('45', { unit: 'dygn', decimals: 0 })).toBe(nbsp('45 dygn'));
  });

  test('more decimals than the indicator has are rounded away', () => {
    expect(formatDecimal('2.456', 1)).toBe('2,5');
    expect(formatDecimal('0.05', 1)).toBe('0,1');
  });

  test('large numbers get a space between thousands, and are exact beyond binary precision', () => {
    expect(formatDecimal('6700', 0)).toBe(nbsp('6 700'));
    expect(formatDecimal('123456789012.123456', 6)).toBe(nbsp('123 456 789 012,123456'));
  });

  test('negative values use the minus sign, and English uses a decimal point', () => {
    expect(formatDecimal('-1', 0)).toBe('\u22121');
    expect(formatDecimal('94.18', 2, 'en')).toBe('94.18');
  });

  test('no value is null, so that the cell can say so', () => {
    expect(formatValue(null, { unit: '%', decimals: 0 })).toBeNull();
  });

  test('a share of the target is shown with at most one decimal', () => {
    expect(formatPercent(15.6)).toBe(nbsp('15,6 %'));
    expect(formatPercent(100)).toBe(nbsp('100 %'));
  });
});

describe('targets', () => {
  const days = { unit: 'dygn', decimals: 0, direction: 'lower_is_better' as const };
  const interval = { unit: '%', decimals: 0, direction: 'within_interval' as const };

  test('a value target is a number with the unit', () => {
    expect(formatTarget({ kind: 'value', value: '7', tolerance: null }, days, words)).toBe(
      nbsp('7 dygn'),
    );
  });

  test('an interval around 0 is "±1 %", around another value "50 ±1,5 %"', () => {
    expect(formatTarget({ kind: 'value', value: '0', tolerance: '1' }, interval, words)).toBe(
      nbsp('±1 %'),
    );
    expect(formatTarget({ kind: 'value', value: '50', tolerance: '1.5' }, interval, words)).toBe(
      nbsp('50 ±1,5 %'),
    );
  });

  test('targets set elsewhere are named in words', () => {
    expect(
      formatTarget({ kind: 'set_by_committee', value: null, tolerance: null }, days, words),
    ).toBe('tas fram av nämnd');
    expect(formatTarget({ kind: 'city_accounts', value: null, tolerance: null }, days, words)).toBe(
      'Rapporteras i stadens bokslut',
    );
    expect(formatTarget({ kind: 'none', value: null, tolerance: null }, days, words)).toBe('–');
  });
});

describe('numbers typed by people', () => {
  test('a form’s number fields are read together, each that is not a number an issue at it', () => {
    const values = { value: '51,5', valueWomen: '', valueMen: 'många' };
    expect(
      parseDecimalFields(values, ['value', 'valueWomen', 'valueMen'], 'Skriv ett tal'),
    ).toEqual({
      numbers: { value: '51.5', valueWomen: null, valueMen: null },
      issues: [{ path: 'valueMen', message: 'Skriv ett tal' }],
    });
  });

  test('a decimal comma, spaces and the minus sign are read', () => {
    expect(parseDecimalInput('28,3')).toBe('28.3');
    expect(parseDecimalInput(' 1 405,3 ')).toBe('1405.3');
    expect(parseDecimalInput('\u22121')).toBe('-1');
    expect(parseDecimalInput('+5')).toBe('5');
    expect(parseDecimalInput('94.18')).toBe('94.18');
  });

  test('an empty field means no value; anything else that is not a number is refused', () => {
    expect(parseDecimalInput('')).toBeNull();
    expect(parseDecimalInput('   ')).toBeNull();
    expect(parseDecimalInput('1,2,3')).toBeUndefined();
    expect(parseDecimalInput('45 dygn')).toBeUndefined();
    expect(parseDecimalInput('1e3')).toBeUndefined();
  });

  test('a stored value is put back in the field as it would be typed', () => {
    expect(decimalForInput('28.3')).toBe('28,3');
    expect(decimalForInput('28.3', 'en')).toBe('28.3');
    expect(decimalForInput(null)).toBe('');
  });
});

describe('goal headings', () => {
  test('inriktningsmål get "1.", KF goals "1.1", nämndmål no number', () => {
    expect(
      goalHeading(
        {
          level: 'direction',
          number: '1',
          title: 'Ett Stockholm som håller samman',
          heading: null,
        },
        headings,
      ),
    ).toBe('KF:s inriktningsmål: 1. Ett Stockholm som håller samman');
    expect(
      goalHeading(
        { level: 'council', number: '2.3', title: 'Stockholm har ren luft', heading: null },
        headings,
      ),
    ).toBe('KF:s mål för verksamhetsområdet: 2.3 Stockholm har ren luft');
    expect(
      goalHeading({ level: 'committee', number: null, title: 'Rent', heading: null }, headings),
    ).toBe('Nämndmål: Rent');
  });

  test('a goal’s own heading wins over the level’s', () => {
    expect(
      goalHeading(
        { level: 'committee', number: null, title: 'Rent', heading: 'Kommunstyrelsens mål:' },
        headings,
      ),
    ).toBe('Kommunstyrelsens mål: Rent');
  });

  test('short names carry the number when there is one', () => {
    expect(goalShortName({ number: '2.3', title: 'Ren luft' })).toBe('2.3 Ren luft');
    expect(goalShortName({ number: null, title: 'Ren luft' })).toBe('Ren luft');
  });

  test('depth follows the first parent that is in the report', () => {
    const depths = goalDepths([
      { id: 'a', parentIds: [] },
      { id: 'b', parentIds: ['a'] },
      { id: 'c', parentIds: ['x', 'b'] },
      { id: 'd', parentIds: ['elsewhere'] },
    ]);
    expect(Object.fromEntries(depths)).toEqual({ a: 0, b: 1, c: 2, d: 0 });
  });

  test('a period’s short name is its key and year', () => {
    expect(periodShortName({ key: 'VB', year: 2014 })).toBe('VB 2014');
  });
});
