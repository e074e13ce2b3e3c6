import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { issueFor, issuesFromZod, matchIssue } from './issues.ts';

describe('matchIssue', () => {
  test('the contracts’ messages map to translation keys with their numbers', () => {
    expect(matchIssue('must not be empty')).toEqual({ key: 'required', values: {} });
    expect(matchIssue('must be at most 200 characters')).toEqual({
      key: 'tooLong',
      values: { max: '200' },
    });
    expect(matchIssue('must be at least 10 characters')).toEqual({
      key: 'tooShort',
      values: { min: '10' },
    });
    expect(matchIssue('must be between 1900-01-01 and 2199-12-31')).toEqual({
      key: 'dateRange',
      values: { from: '1900-01-01', to: '2199-12-31' },
    });
    expect(matchIssue('must be an id (UUID)')?.key).toBe('chooseUnit');
    expect(matchIssue('the role controller is granted on a unit; choose one')?.key).toBe(
      'chooseUnit',
    );
  });

  test('an unknown message is not matched, so the UI shows it as written', () => {
    expect(matchIssue('the unit would become its own ancestor')).toBeNull();
  });
});

describe('issuesFromZod', () => {
  test('a zod error becomes issues in the API’s shape, with dotted paths', () => {
    const schema = z.object({ name: z.string().min(1, { error: 'must not be empty' }) });
    const result = schema.safeParse({ name: '' });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(issuesFromZod(result.error)).toEqual([{ path: 'name', message: 'must not be empty' }]);
  });

  test('issueFor finds an issue for a field or for something inside it', () => {
    const issues = [
      { path: 'parent.unitId', message: 'must be an id (UUID)' },
      { path: 'name', message: 'must not be empty' },
    ];
    expect(issueFor(issues, 'parent')?.message).toBe('must be an id (UUID)');
    expect(issueFor(issues, 'name')?.message).toBe('must not be empty');
    expect(issueFor(issues, 'nam')).toBeUndefined();
  });
});
