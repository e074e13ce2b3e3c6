import { describe, expect, test } from 'vitest';
import { diffRecords, displayValue, shorten } from './audit.diff.ts';

describe('diffRecords', () => {
  test('an update shows each field before and after, marking what changed', () => {
    const rows = diffRecords(
      { email: 'a@b.se', name: 'Anna', disabled: false },
      { email: 'a@b.se', name: 'Anna', disabled: true },
    );
    expect(rows).toEqual([
      { field: 'email', before: 'a@b.se', after: 'a@b.se', changed: false },
      { field: 'name', before: 'Anna', after: 'Anna', changed: false },
      { field: 'disabled', before: 'false', after: 'true', changed: true },
    ]);
  });

  test('a creation has only an after side', () => {
    expect(diffRecords(null, { role: 'admin', unitId: null })).toEqual([
      { field: 'role', before: null, after: 'admin', changed: true },
      { field: 'unitId', before: null, after: 'null', changed: true },
    ]);
  });

  test('fields that only one side has are listed too', () => {
    const rows = diffRecords({ a: 1 }, { b: 2 });
    expect(rows?.map((r) => r.field)).toEqual(['a', 'b']);
  });

  test('anything but plain objects is left to the raw JSON view', () => {
    expect(diffRecords([1, 2], null)).toBeNull();
    expect(diffRecords('text', { a: 1 })).toBeNull();
  });

  test('nested values are shown as JSON', () => {
    expect(displayValue({ changes: 3 })).toBe('{"changes":3}');
    expect(displayValue(undefined)).toBeNull();
  });
});

describe('a report’s history shortens long texts', () => {
  test('a long analysis is cut at a word with an ellipsis; a short one stays whole', () => {
    const long = 'Utsläppen minskar men inte i takt med målet. '.repeat(10);
    const short = shorten(long, 50)!;
    expect(short).toBe('Utsläppen minskar men inte i takt med målet. …');
    expect(shorten('Kort text.', 50)).toBe('Kort text.');
    expect(shorten(null)).toBeNull();
  });
});
