import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { as, buildTenant, buildUser, createTestApp, login, type Session } from '#server/testing.ts';

let ctx: Awaited<ReturnType<typeof createTestApp>>;
let admin: Session;

beforeAll(async () => {
  ctx = await createTestApp();
  const tenant = await buildTenant(ctx.database);
  admin = await login(
    ctx.app,
    (await buildUser(ctx.database, tenant.id, [{ role: 'admin' }])).email,
  );
  for (const name of ['Ett', 'Två', 'Tre']) {
    const r = await ctx.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: as(admin),
      payload: {
        email: `${name.toLowerCase().replace('å', 'a')}@test.example`,
        name,
        password: 'a long enough password',
      },
    });
    expect(r.statusCode).toBe(201);
  }
});
afterAll(() => ctx.close());

describe('the audit log', () => {
  test('is filtered by entity and action, newest first', async () => {
    const page = (
      await ctx.app.inject({
        method: 'GET',
        url: `/api/audit?entity=user&action=create&userId=${admin.me.user.id}`,
        headers: as(admin),
      })
    ).json();
    expect(page.entries.map((e: { after: { email: string } }) => e.after.email)).toEqual([
      'tre@test.example',
      'tva@test.example',
      'ett@test.example',
    ]);
    expect(page.entries[0].userName).toMatch(/^Test user-/);
  });

  test('pages with a cursor without repeating or skipping entries', async () => {
    const all = (
      await ctx.app.inject({ method: 'GET', url: '/api/audit?limit=500', headers: as(admin) })
    ).json().entries;
    const seen: number[] = [];
    let cursor: number | null = null;
    do {
      const url: string = `/api/audit?limit=2${cursor ? `&before=${cursor}` : ''}`;
      const page = (await ctx.app.inject({ method: 'GET', url, headers: as(admin) })).json();
      seen.push(...page.entries.map((e: { id: number }) => e.id));
      cursor = page.nextCursor;
    } while (cursor !== null);
    expect(seen).toEqual(all.map((e: { id: number }) => e.id));
  });

  test('filters by day in Swedish time', async () => {
    const today = (
      await ctx.app.inject({
        method: 'GET',
        url: `/api/audit?entity=user&userId=${admin.me.user.id}&from=2000-01-01`,
        headers: as(admin),
      })
    ).json();
    expect(today.entries.length).toBe(3);
    const none = (
      await ctx.app.inject({
        method: 'GET',
        url: `/api/audit?entity=user&userId=${admin.me.user.id}&to=2000-01-01`,
        headers: as(admin),
      })
    ).json();
    expect(none.entries).toEqual([]);
  });

  test('exports as CSV that Swedish Excel opens, with formulas defused', async () => {
    // An administrator whose name is a spreadsheet formula acts once; the name lands in a cell.
    const tricky = await ctx.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: as(admin),
      payload: {
        email: 'formel@test.example',
        name: '=SUM(1+1)',
        password: 'a long enough password',
      },
    });
    const trickyId = tricky.json().id;
    const granted = await ctx.app.inject({
      method: 'POST',
      url: `/api/users/${trickyId}/grants`,
      headers: as(admin),
      payload: { role: 'admin', unitId: null },
    });
    expect(granted.statusCode).toBe(201);
    const formula = await login(ctx.app, 'formel@test.example', 'a long enough password');
    await ctx.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: as(formula),
      payload: { email: 'fyra@test.example', name: 'Fyra', password: 'a long enough password' },
    });

    const response = await ctx.app.inject({
      method: 'GET',
      url: '/api/audit.csv?entity=user&action=create',
      headers: as(admin),
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/text\/csv/);
    expect(response.headers['content-disposition']).toMatch(/attachment/);
    const lines = response.body.split('\n').filter(Boolean);
    expect(lines[0]).toBe(
      '\uFEFFid;tid;användare;användar-id;objekt;objekt-id;händelse;före;efter',
    );
    // header + the fixture's administrator + five users created through the API
    expect(lines).toHaveLength(7);
    expect(response.body).toContain(";'=SUM(1+1);");
    expect(response.body).not.toMatch(/;=SUM/);
  });

  test('can be neither changed nor deleted, even by SQL', async () => {
    const refusal = async (statement: Promise<unknown>) => {
      const error = await statement.then(
        () => null,
        (e: unknown) => e as Error & { cause?: Error },
      );
      return `${error?.message ?? ''} ${error?.cause?.message ?? ''}`;
    };
    const before = (
      await ctx.app.inject({ method: 'GET', url: '/api/audit?limit=500', headers: as(admin) })
    ).json().entries;
    expect(await refusal(ctx.database.db.execute(sql`update audit_log set entity = 'x'`))).toMatch(
      /audit_log is append-only/,
    );
    expect(await refusal(ctx.database.db.execute(sql`delete from audit_log`))).toMatch(
      /audit_log is append-only/,
    );
    const after = (
      await ctx.app.inject({ method: 'GET', url: '/api/audit?limit=500', headers: as(admin) })
    ).json().entries;
    expect(after).toEqual(before);
  });
});

describe('tenant isolation of the audit log', () => {
  test("an administrator of another tenant sees none of this tenant's entries, in the list or the CSV", async () => {
    const other = await buildTenant(ctx.database);
    const otherAdmin = await login(
      ctx.app,
      (await buildUser(ctx.database, other.id, [{ role: 'admin' }])).email,
    );
    const mine = (
      await ctx.app.inject({ method: 'GET', url: '/api/audit?limit=500', headers: as(admin) })
    ).json().entries as { id: number }[];
    expect(mine.length).toBeGreaterThan(3);

    const theirs = (
      await ctx.app.inject({ method: 'GET', url: '/api/audit?limit=500', headers: as(otherAdmin) })
    ).json().entries as { id: number; entity: string; after: { email?: string } | null }[];
    const mineIds = new Set(mine.map((e) => e.id));
    expect(theirs.filter((e) => mineIds.has(e.id))).toEqual([]);
    // Asking for this tenant's admin by id finds nothing either.
    const byUser = (
      await ctx.app.inject({
        method: 'GET',
        url: `/api/audit?userId=${admin.me.user.id}`,
        headers: as(otherAdmin),
      })
    ).json().entries;
    expect(byUser).toEqual([]);
    const csv = await ctx.app.inject({
      method: 'GET',
      url: '/api/audit.csv',
      headers: as(otherAdmin),
    });
    expect(csv.statusCode).toBe(200);
    expect(csv.body).not.toContain('tre@test.example');
  });
});
