import { describe, expect, test } from 'vitest';
import { searchId, searchParser, searchPeriodKey, searchYear } from './search.ts';

const id = '9d2c316c-1111-4222-8333-444455556666';

describe('reading a page address with the contracts’ schemas', () => {
  test('a year is kept as a number, from the address bar’s string too', () => {
    expect(searchYear(2015)).toBe(2015);
    expect(searchYear('2015')).toBe(2015);
  });

  test('a year that is not a whole year between 1900 and 2199 is dropped', () => {
    for (const value of [20.5, 1800, 2200, '', ' ', 'x', null, undefined])
      expect(searchYear(value)).toBeUndefined();
  });

  test('an id is kept only when it is a uuid', () => {
    expect(searchId(id)).toBe(id);
    expect(searchId('x')).toBeUndefined();
    expect(searchId(7)).toBeUndefined();
  });

  test('a period key is kept only when it is short capitals or digits', () => {
    expect(searchPeriodKey('T2')).toBe('T2');
    expect(searchPeriodKey('vb; drop')).toBeUndefined();
  });

  test('a parser keeps the fields that read and drops the others', () => {
    const parse = searchParser<{ year?: number; unit?: string }>({
      year: searchYear,
      unit: searchId,
    });
    expect(parse({ year: '2015', unit: id, other: 'x' })).toEqual({ year: 2015, unit: id });
    expect(parse({ year: 'x', unit: 'y' })).toEqual({});
  });
});
