import { describe, expect, test } from 'vitest';
import { ApiError, isApiError, toApiError, withQuery } from './api-client.ts';

describe('toApiError', () => {
  test('a response in the error shape becomes an ApiError with its code, message and status', () => {
    const error = toApiError(409, {
      error: { code: 'people.conflict', message: 'Someone else changed this user' },
    });
    expect(isApiError(error)).toBe(true);
    expect(error.status).toBe(409);
    expect(error.code).toBe('people.conflict');
    expect(error.message).toBe('Someone else changed this user');
    expect(error.issues).toEqual([]);
  });

  test('a validation error lists its field issues', () => {
    const error = toApiError(422, {
      error: {
        code: 'validation_failed',
        message: 'Invalid input',
        details: [
          { path: 'email', message: 'must be an e-mail address' },
          { path: 'changes.2.parent', message: 'Invalid input' },
          { nonsense: true },
        ],
      },
    });
    expect(error.issues).toEqual([
      { path: 'email', message: 'must be an e-mail address' },
      { path: 'changes.2.parent', message: 'Invalid input' },
    ]);
  });

  test('details that are not a list of issues give no issues but are kept', () => {
    const error = toApiError(409, {
      error: { code: 'org.conflict', message: 'stale', details: { revision: 4 } },
    });
    expect(error.issues).toEqual([]);
    expect(error.details).toEqual({ revision: 4 });
  });

  test('a body that is not in the error shape gets a code from the status', () => {
    const error = toApiError(502, '<html>Bad gateway</html>');
    expect(error).toBeInstanceOf(ApiError);
    expect(error.code).toBe('http_502');
    expect(toApiError(500, null).code).toBe('http_500');
  });
});

describe('withQuery', () => {
  test('leaves out empty values and encodes the rest', () => {
    expect(
      withQuery('/api/audit', { entity: 'user', action: undefined, from: '', limit: 50 }),
    ).toBe('/api/audit?entity=user&limit=50');
    expect(withQuery('/api/org/units', { date: '2007-01-01' })).toBe(
      '/api/org/units?date=2007-01-01',
    );
    expect(withQuery('/api/audit.csv', {})).toBe('/api/audit.csv');
    expect(withQuery('/x', { q: 'a&b' })).toBe('/x?q=a%26b');
  });
});
