import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { isoDate } from './common.ts';
import { yearFile } from './years.exchange.ts';
import { codeOfZodIssue, issueCatalogue, issueCodes } from './issues.ts';
import { reorganisationInput } from './org.ts';
import { createUserInput } from './people.ts';

/** The code and params of each issue a schema finds in `value`, by dotted path. */
function coded(schema: z.ZodType, value: unknown) {
  const result = schema.safeParse(value);
  if (result.success) return {};
  return Object.fromEntries(
    result.error.issues.map((issue) => [issue.path.join('.'), codeOfZodIssue(issue)]),
  );
}

describe('codes of the contracts’ checks', () => {
  test('an empty, overlong or short text is required, too long with its max, too short with its min', () => {
    const found = coded(createUserInput, { email: 'a@b.se', name: '', password: 'short' });
    expect(found).toEqual({
      name: { code: 'required', params: {} },
      password: { code: 'too_short', params: { min: 12 } },
    });
    expect(
      coded(createUserInput, { email: 'a@b.se', name: 'x'.repeat(121), password: 'x' }),
    ).toEqual({
      name: { code: 'too_long', params: { max: 120 } },
      password: { code: 'too_short', params: { min: 12 } },
    });
  });

  test('a bad e-mail, a bad date and a date out of range have their own codes, the range with its ends', () => {
    expect(coded(createUserInput, { email: 'nope', name: 'N', password: 'long enough!' })).toEqual({
      email: { code: 'invalid_email', params: {} },
    });
    expect(coded(isoDate, '2026-02-30')).toEqual({ '': { code: 'invalid_date', params: {} } });
    expect(coded(isoDate, '2200-01-01')).toEqual({
      '': { code: 'date_out_of_range', params: { min: '1900-01-01', max: '2199-12-31' } },
    });
  });

  test('a missing or malformed id, a short merge and no changes at all are named by the contract', () => {
    const found = coded(reorganisationInput, {
      title: 'T',
      effectiveDate: '2026-01-01',
      revision: 1,
      changes: [{ type: 'close' }, { type: 'merge', unitIds: ['x'], into: { key: 'k' } }],
    });
    expect(found).toEqual({
      'changes.0.unitId': { code: 'invalid_id', params: {} },
      'changes.1.unitIds.0': { code: 'invalid_id', params: {} },
      'changes.1.unitIds': { code: 'org.merge_too_few', params: {} },
    });
    expect(
      coded(reorganisationInput, {
        title: 'T',
        effectiveDate: '2026-01-01',
        revision: 1,
        changes: [],
      }),
    ).toEqual({ changes: { code: 'org.no_changes', params: {} } });
  });

  test('a file of another kind or format version, and a malformed ref, have the exchange’s codes', () => {
    const found = coded(yearFile, {
      format: 'something.else',
      formatVersion: 99,
      goals: [{ ref: 'no spaces' }],
    });
    expect(found).toMatchObject({
      format: { code: 'exchange.not_year_file', params: {} },
      formatVersion: { code: 'exchange.format_version', params: {} },
      'goals.0.ref': { code: 'exchange.file_ref', params: {} },
    });
  });

  test('unknown fields are listed, and a wrong type, option or union has a general code', () => {
    const schema = z.strictObject({
      n: z.number().int().min(0).max(10),
      k: z.enum(['a', 'b']),
      u: z.union([z.string(), z.boolean()]),
    });
    expect(coded(schema, { n: 'x', k: 'c', u: 1, extra: 1, more: 2 })).toEqual({
      n: { code: 'invalid_type', params: {} },
      k: { code: 'invalid_value', params: {} },
      u: { code: 'invalid', params: {} },
      '': { code: 'unrecognized_keys', params: { keys: 'extra, more' } },
    });
    expect(coded(schema, { n: 11, k: 'a', u: true })).toEqual({
      n: { code: 'too_big', params: { max: 10 } },
    });
    expect(coded(z.number().positive(), 0)).toEqual({
      '': { code: 'greater_than', params: { min: 0 } },
    });
    expect(coded(z.array(z.string()).max(2), ['a', 'b', 'c'])).toEqual({
      '': { code: 'too_many', params: { max: 2 } },
    });
  });

  test('a refine names its code and params, and an unknown code in them is a general issue', () => {
    const named = z.string().refine(() => false, {
      error: 'must be in range',
      params: { code: 'date_out_of_range', min: '2000-01-01', max: '2001-01-01', other: 'x' },
    });
    expect(coded(named, 'x')).toEqual({
      '': { code: 'date_out_of_range', params: { min: '2000-01-01', max: '2001-01-01' } },
    });
    const unknown = z.string().refine(() => false, { params: { code: 'no.such_code' } });
    expect(coded(unknown, 'x')).toEqual({ '': { code: 'invalid', params: {} } });
  });
});

describe('the catalogue', () => {
  test('lists each code once, and every param has a kind', () => {
    expect(new Set(issueCodes).size).toBe(issueCodes.length);
    for (const code of issueCodes)
      for (const kind of Object.values(issueCatalogue[code]))
        expect([
          'text',
          'number',
          'date',
          'role',
          'ending',
          'update',
          'level',
          'status',
          'differences',
        ]).toContain(kind);
  });
});
