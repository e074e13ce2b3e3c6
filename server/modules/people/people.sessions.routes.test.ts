import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Me, User } from '#contracts/people.ts';
import { client } from '#server/modules/org/org.routes.testing.ts';
import { as, buildUser, createTestApp, login } from '#server/testing.ts';

/**
 * A session is resolved on every request in one statement, grants included; what a signed-in
 * user is granted must read the same as the administrator's user list shows it.
 */
let ctx: Awaited<ReturnType<typeof createTestApp>>;
const api = client(() => ctx);

beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(() => ctx.close());

describe('a signed-in session', () => {
  test('carries every grant of the user, in the order granted, with the unit names the user list shows', async () => {
    const city = await api.municipality();
    const user = await buildUser(ctx.database, city.tenant.id, [
      { role: 'reporter', unitId: city.eko },
      { role: 'reader' },
      { role: 'approver', unitId: city.slk },
    ]);
    const session = await login(ctx.app, user.email);
    const me = (await api.get(session, '/api/auth/me')).json<Me>();
    const listed = (await api.get(city.admin, '/api/users')).json<{ users: User[] }>();
    const shown = listed.users.find((u) => u.email === user.email)!;
    expect(me.grants).toEqual(shown.grants);
    expect(me.grants.map((g) => [g.role, g.unitName])).toEqual([
      ['reporter', 'Ekonomi'],
      ['reader', null],
      ['approver', 'Stadsledningskontoret'],
    ]);
  });

  test('without a grant is still a session, with none', async () => {
    const city = await api.municipality();
    const user = await buildUser(ctx.database, city.tenant.id, []);
    const me = await ctx.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: as(await login(ctx.app, user.email)),
    });
    expect(me.statusCode).toBe(200);
    expect(me.json<Me>().grants).toEqual([]);
  });
});
