import { describe, expect, test } from 'vitest';
import type {
  ReorganisationChangeInput,
  ReorganisationDetail,
  ReorganisationPreview,
  TreeResponse,
  UnitHistory,
} from '#contracts/org.ts';
import { buildUser, testAppPerFile, login } from '#server/testing.ts';
import { swedishToday } from './org.routes.ts';
import { client, type Municipality } from './org.routes.testing.ts';
import { opening, orgRowCounts } from './org.testing.ts';

const ctx = testAppPerFile();

const { get, post, municipality, reorganisation } = client(() => ctx);
const rowCounts = (tenantId: string) => orgRowCounts(ctx.database.db, tenantId);

describe('reading the organisation', () => {
  test('the tree at two dates around a reorganisation shows the old and the new organisation', async () => {
    const m = await municipality();
    const made = await post(
      m.admin,
      '/api/org/reorganisations',
      reorganisation([
        { type: 'rename', unitId: m.eko, name: 'Finans' },
        { type: 'close', unitId: m.it },
      ]),
    );
    expect(made.statusCode).toBe(201);
    expect(made.json<{ preview: ReorganisationPreview }>().preview.closed).toEqual([
      { unitId: m.it, name: 'IT' },
    ]);
    const before = (await get(m.admin, '/api/org/units?date=2023-12-31')).json<TreeResponse>();
    const after = (await get(m.admin, '/api/org/units?date=2024-01-01')).json<TreeResponse>();
    expect(before.units.map((u) => u.name)).toEqual([
      'Ekonomi',
      'IT',
      'Kommunfullmäktige',
      'Stadsledningskontoret',
    ]);
    expect(after).toMatchObject({ date: '2024-01-01', revision: 2 });
    expect(after.units.map((u) => u.name)).toEqual([
      'Finans',
      'Kommunfullmäktige',
      'Stadsledningskontoret',
    ]);
  });

  test('without a date the tree is today’s in Sweden', async () => {
    const m = await municipality();
    const tree = (await get(m.admin, '/api/org/units')).json<TreeResponse>();
    expect(tree.date).toBe('2026-11-22');
    expect(tree.units).toHaveLength(4);
  });

  test('today in Sweden turns over at Swedish midnight, not at UTC midnight', () => {
    expect(swedishToday(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(swedishToday(new Date('2026-06-30T21:59:00Z'))).toBe('2026-06-30');
    expect(swedishToday(new Date('2026-06-30T22:00:00Z'))).toBe('2026-07-01');
  });

  test('a unit’s history shows where it went after a merge and a split', async () => {
    const m = await municipality();
    await post(
      m.admin,
      '/api/org/reorganisations',
      reorganisation([{ type: 'merge', unitIds: [m.eko, m.it], into: { unitId: m.eko } }]),
    );
    const split = await post(
      m.admin,
      '/api/org/reorganisations',
      reorganisation(
        [
          opening('it', 'Digitalisering', 'department', { unitId: m.slk }),
          { type: 'split', unitId: m.eko, into: [{ unitId: m.eko }, { key: 'it' }] },
        ],
        2,
        '2025-01-01',
      ),
    );
    expect(split.statusCode).toBe(201);
    const history = (await get(m.admin, `/api/org/units/${m.it}`)).json<UnitHistory>();
    expect(history).toMatchObject({ name: 'IT', validFrom: '2020-01-01', validTo: '2023-12-31' });
    expect(history.fate.map((l) => [l.fromName, l.toName, l.kind, l.effectiveDate])).toEqual([
      ['IT', 'Ekonomi', 'merge', '2024-01-01'],
      ['Ekonomi', 'Digitalisering', 'split', '2025-01-01'],
    ]);
  });

  test('the reorganisations are listed newest first and each can be read with its changes', async () => {
    const m = await municipality();
    await post(m.admin, '/api/org/reorganisations', {
      ...reorganisation([{ type: 'close', unitId: m.it }]),
      decisionRef: 'KS 2023/12',
    });
    const list = (await get(m.admin, '/api/org/reorganisations')).json<{
      reorganisations: ReorganisationDetail[];
    }>();
    expect(list.reorganisations.map((r) => [r.title, r.decisionRef, r.changeCount])).toEqual([
      ['Omorganisation', 'KS 2023/12', 1],
      ['Grundorganisation', null, 4],
    ]);
    const detail = (
      await get(m.admin, `/api/org/reorganisations/${list.reorganisations[0]!.id}`)
    ).json<ReorganisationDetail>();
    expect(detail.changes).toEqual([{ type: 'close', unitId: m.it }]);
    expect(detail.createdByName).toMatch(/^Test /);
  });

  test('an unknown unit or reorganisation is a 404', async () => {
    const m = await municipality();
    const nobody = '00000000-0000-4000-8000-000000000999';
    expect((await get(m.admin, `/api/org/units/${nobody}`)).json().error.code).toBe(
      'org.unit_not_found',
    );
    expect((await get(m.admin, `/api/org/reorganisations/${nobody}`)).statusCode).toBe(404);
  });
});

describe('previewing and committing', () => {
  /** A new municipality (at revision 1), its row counts, and closing IT sent against revision 0. */
  async function closeItAgainstRevision0(url: string) {
    const m = await municipality();
    const before = await rowCounts(m.tenant.id);
    const response = await post(m.admin, url, reorganisation([{ type: 'close', unitId: m.it }], 0));
    return { m, before, response };
  }

  test('a preview shows the result and writes nothing, even against an old revision', async () => {
    const { m, before, response } = await closeItAgainstRevision0(
      '/api/org/reorganisations/preview',
    );
    expect(response.statusCode).toBe(200);
    expect(response.json<ReorganisationPreview>().after.map((u) => u.name)).not.toContain('IT');
    expect(await rowCounts(m.tenant.id)).toEqual(before);
  });

  test('a commit prepared against an old revision is a 409 conflict and writes nothing', async () => {
    const { m, before, response } = await closeItAgainstRevision0('/api/org/reorganisations');
    expect(response.statusCode).toBe(409);
    expect(response.json().error).toMatchObject({
      code: 'org.conflict',
      details: { revision: 1, yours: 0 },
    });
    expect(await rowCounts(m.tenant.id)).toEqual(before);
  });

  // Each invalid reorganisation: its changes (given the municipality) and where the problem is.
  const invalid: [string, (m: Municipality) => ReorganisationChangeInput[], string, RegExp][] = [
    [
      'an unknown unit',
      () => [{ type: 'close', unitId: '00000000-0000-4000-8000-000000000999' }],
      'changes.0.unitId',
      /no unit with this id/,
    ],
    [
      'a key used twice',
      (m) => [
        { type: 'open', key: 'x', name: 'X', kind: 'unit', parent: { unitId: m.it } },
        { type: 'open', key: 'x', name: 'Y', kind: 'unit', parent: { unitId: m.it } },
      ],
      'changes.1.key',
      /key "x" is already used/,
    ],
    [
      'a key never opened',
      (m) => [{ type: 'move', unitId: m.it, parent: { key: 'nope' } }],
      'changes.0.parent',
      /no change opens/,
    ],
    [
      'a unit closed twice',
      (m) => [
        { type: 'close', unitId: m.it },
        { type: 'close', unitId: m.it },
      ],
      'changes.1.unitId',
      /IT is already closed/,
    ],
    [
      'a unit moved under its own descendant',
      (m) => [{ type: 'move', unitId: m.slk, parent: { unitId: m.it } }],
      'changes.0.parent',
      /IT lies below Stadsledningskontoret/,
    ],
    [
      'a department closed while its units stay open',
      (m) => [{ type: 'close', unitId: m.slk }],
      'changes.0.unitId',
      /move or close Ekonomi too/,
    ],
    [
      'a change before a later one',
      (m) => [
        { type: 'close', unitId: m.kf },
        { type: 'close', unitId: m.slk },
        { type: 'close', unitId: m.eko },
        { type: 'close', unitId: m.it },
      ],
      'changes.0.unitId',
      /changes again on 2024-06-01/,
    ],
  ];
  for (const [what, changes, path, message] of invalid) {
    test(`${what} is refused with a 422 naming ${path}, and nothing is written`, async () => {
      const m = await municipality();
      const later = await post(
        m.admin,
        '/api/org/reorganisations',
        reorganisation([{ type: 'rename', unitId: m.kf, name: 'KF' }], 1, '2024-06-01'),
      );
      expect(later.statusCode).toBe(201);
      const before = await rowCounts(m.tenant.id);
      const response = await post(
        m.admin,
        '/api/org/reorganisations',
        reorganisation(changes(m), 2),
      );
      expect(response.statusCode).toBe(422);
      const { error } = response.json();
      expect(error.code).toBe('org.invalid_reorganisation');
      expect(error.details).toContainEqual(
        expect.objectContaining({ path, message: expect.stringMatching(message) }),
      );
      expect(await rowCounts(m.tenant.id)).toEqual(before);
      expect((await get(m.admin, '/api/org/units')).json().revision).toBe(2);
    });
  }
});

describe('a refusal the web app can translate', () => {
  test('closing a department that would orphan its units is refused with a code and the names', async () => {
    const m = await municipality();
    for (const url of ['/api/org/reorganisations/preview', '/api/org/reorganisations']) {
      const response = await post(m.admin, url, reorganisation([{ type: 'close', unitId: m.slk }]));
      expect(response.statusCode).toBe(422);
      const { error } = response.json();
      expect(error.code).toBe('org.invalid_reorganisation');
      expect(error.details).toEqual([
        {
          path: 'changes.0.unitId',
          code: 'org.close_with_children',
          params: { parent: 'Stadsledningskontoret', unit: 'Ekonomi' },
          message:
            'Stadsledningskontoret cannot close while Ekonomi under it stays open; move or close Ekonomi too',
        },
        {
          path: 'changes.0.unitId',
          code: 'org.close_with_children',
          params: { parent: 'Stadsledningskontoret', unit: 'IT' },
          message:
            'Stadsledningskontoret cannot close while IT under it stays open; move or close IT too',
        },
      ]);
    }
  });

  test('moving a unit under one that a later reorganisation closes names the day it is orphaned', async () => {
    const m = await municipality();
    const later = reorganisation([{ type: 'close', unitId: m.it }], 1, '2026-01-01');
    expect((await post(m.admin, '/api/org/reorganisations', later)).statusCode).toBe(201);
    const move = reorganisation([{ type: 'move', unitId: m.eko, parent: { unitId: m.it } }], 2);
    const response = await post(m.admin, '/api/org/reorganisations/preview', move);
    expect(response.statusCode).toBe(422);
    expect(response.json().error.details).toEqual([
      expect.objectContaining({
        path: 'changes.0.parent',
        code: 'org.parent_closed_later',
        params: { unit: 'Ekonomi', parent: 'IT', date: '2026-01-01' },
      }),
    ]);
  });
});

describe('who may do what', () => {
  test('reporters and readers may read the organisation but get 403 on preview and commit', async () => {
    const m = await municipality();
    for (const grant of [
      { role: 'reporter' as const, unitId: m.eko },
      { role: 'reader' as const },
    ]) {
      const session = await login(
        ctx.app,
        (await buildUser(ctx.database, m.tenant.id, [grant])).email,
      );
      expect((await get(session, '/api/org/units')).statusCode).toBe(200);
      const body = reorganisation([{ type: 'close', unitId: m.it }]);
      expect((await post(session, '/api/org/reorganisations/preview', body)).statusCode).toBe(403);
      expect((await post(session, '/api/org/reorganisations', body)).statusCode).toBe(403);
    }
  });

  test('anonymous callers get 401 on every organisation route', async () => {
    const m = await municipality();
    for (const url of ['/api/org/units', `/api/org/units/${m.it}`, '/api/org/reorganisations'])
      expect((await get(null, url)).statusCode).toBe(401);
    expect((await post(null, '/api/org/reorganisations', reorganisation([]))).statusCode).toBe(401);
  });

  test('a user of another tenant cannot read or change this tenant’s units, and never sees them', async () => {
    const a = await municipality();
    const b = await municipality();
    expect((await get(b.admin, `/api/org/units/${a.it}`)).statusCode).toBe(404);
    expect((await get(b.admin, `/api/org/reorganisations/${a.reorganisationId}`)).statusCode).toBe(
      404,
    );
    const before = await rowCounts(a.tenant.id);
    const change = await post(
      b.admin,
      '/api/org/reorganisations',
      reorganisation([{ type: 'close', unitId: a.it }]),
    );
    expect(change.statusCode).toBe(422);
    expect(change.json().error.details).toEqual([
      {
        path: 'changes.0.unitId',
        code: 'org.unknown_unit',
        params: {},
        message: 'there is no unit with this id in the organisation',
      },
    ]);
    expect(await rowCounts(a.tenant.id)).toEqual(before);
    const ids = (await get(b.admin, '/api/org/units')).json<TreeResponse>().units.map((u) => u.id);
    expect(ids).not.toContain(a.it);
    const listed = (await get(b.admin, '/api/org/reorganisations')).json<{
      reorganisations: { id: string }[];
    }>();
    expect(listed.reorganisations.map((r) => r.id)).not.toContain(a.reorganisationId);
  });
});
