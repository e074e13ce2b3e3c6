import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ReorganisationChangeInput } from '#contracts/org.ts';
import { as, createTestApp } from '#server/testing.ts';
import { client, type Municipality } from './org.routes.testing.ts';

let ctx: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(() => ctx.close());

const { inject, get, post, municipality, reorganisation } = client(() => ctx);

describe('malformed requests', () => {
  let m: Municipality;
  beforeAll(async () => {
    m = await municipality();
  });
  const close = (): ReorganisationChangeInput[] => [{ type: 'close', unitId: m.it }];

  test('malformed JSON is a 400', async () => {
    const response = await inject({
      method: 'POST',
      url: '/api/org/reorganisations',
      headers: { ...as(m.admin), 'content-type': 'application/json' },
      payload: '{"title": ',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('invalid_json');
  });

  // Each malformed body: where the problem is, its English message and the code it is translated by.
  const cases: [string, () => unknown, string, RegExp, string][] = [
    [
      'an unknown field',
      () => ({ ...reorganisation(close()), extra: 1 }),
      '',
      /extra/,
      'unrecognized_keys',
    ],
    [
      'an unknown field in a change',
      () => reorganisation([{ type: 'close', unitId: m.it, note: 'x' } as never]),
      'changes.0',
      /note/,
      'unrecognized_keys',
    ],
    [
      'an overlong title',
      () => ({ ...reorganisation(close()), title: 'x'.repeat(201) }),
      'title',
      /at most 200/,
      'too_long',
    ],
    [
      'an overlong unit name',
      () => reorganisation([{ type: 'rename', unitId: m.it, name: 'x'.repeat(201) }]),
      'changes.0.name',
      /at most 200/,
      'too_long',
    ],
    [
      'a date out of range',
      () => reorganisation(close(), 1, '2200-01-01'),
      'effectiveDate',
      /between 1900-01-01 and 2199-12-31/,
      'date_out_of_range',
    ],
    [
      'an impossible date',
      () => reorganisation(close(), 1, '2026-02-30'),
      'effectiveDate',
      /YYYY-MM-DD/,
      'invalid_date',
    ],
    [
      'an unknown change type',
      () => reorganisation([{ type: 'explode', unitId: m.it } as never]),
      'changes.0.type',
      /.+/,
      'invalid',
    ],
    [
      'a unit id that is not an id',
      () => reorganisation([{ type: 'close', unitId: 'ekonomi' }]),
      'changes.0.unitId',
      /UUID/,
      'invalid_id',
    ],
    [
      'no changes at all',
      () => reorganisation([]),
      'changes',
      /at least one change/,
      'org.no_changes',
    ],
    ['a negative revision', () => reorganisation(close(), -1), 'revision', /.+/, 'too_small'],
  ];
  for (const [what, body, path, message, code] of cases) {
    test(`${what} is refused with a 422 naming ${path || 'the body'}, coded ${code}`, async () => {
      for (const url of ['/api/org/reorganisations/preview', '/api/org/reorganisations']) {
        const response = await post(m.admin, url, body());
        expect(response.statusCode).toBe(422);
        expect(response.json().error.details).toContainEqual({
          path,
          message: expect.stringMatching(message),
          code,
          params: expect.any(Object),
        });
      }
    });
  }

  test('a date out of range and an overlong title carry the params their texts need', async () => {
    const body = { ...reorganisation(close(), 1, '1899-12-31'), title: 'x'.repeat(201) };
    const response = await post(m.admin, '/api/org/reorganisations/preview', body);
    expect(response.json().error.details).toEqual([
      expect.objectContaining({ path: 'title', params: { max: 200 } }),
      expect.objectContaining({
        path: 'effectiveDate',
        params: { min: '1900-01-01', max: '2199-12-31' },
      }),
    ]);
  });

  test('a tree date out of range or a unit id that is not an id is a 422 naming the field', async () => {
    const date = await get(m.admin, '/api/org/units?date=1899-12-31');
    expect(date.statusCode).toBe(422);
    expect(date.json().error.details[0].path).toBe('querystring.date');
    const id = await get(m.admin, '/api/org/units/ekonomi');
    expect(id.statusCode).toBe(422);
    expect(id.json().error.details[0].path).toBe('params.id');
  });
});
