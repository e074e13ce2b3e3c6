import { expect } from 'vitest';
import type { UnitReport } from '#contracts/followup.ts';
import type { TreeResponse } from '#contracts/org.ts';
import type { BudgetYear } from '#contracts/years.ts';
import { formatMoney, toOre } from '#server/modules/economy/economy.money.ts';
import { createTestDatabase } from '#server/db/testing.ts';
import { repositories } from '#server/repositories.ts';
import { as, createTestApp, login, type Session } from '#server/testing.ts';
import { seedDemo } from './seed.ts';
import { DEMO_PASSWORD, tenant } from './stockholm.ts';

/**
 * A test app with the demo seeded as `npm start` seeds it, and its politician signed in to read
 * it through the API: Kommunstyrelsen's id, and its report of VB 2015.
 */
export async function seededDemo() {
  const ctx = await createTestApp();
  await seedDemo(ctx.database);
  const signIn = (email: string) => login(ctx.app, email, DEMO_PASSWORD);
  const reader = await signIn('politiker@stockholm.example');
  const get = (url: string, session: Session = reader) =>
    ctx.app.inject({ method: 'GET', url, headers: as(session) });
  const tree = (await get('/api/org/units?date=2015-12-31')).json<TreeResponse>();
  const board = tree.units.find((u) => u.name === 'Kommunstyrelsen')!.id;
  const report2015 = async () => {
    const years = (await get('/api/years')).json<{ years: BudgetYear[] }>().years;
    const vb = years.find((y) => y.year === 2015)!.periods.find((p) => p.key === 'VB')!;
    const response = await get(`/api/units/${board}/periods/${vb.id}/report`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<UnitReport>();
  };
  return { ...ctx, signIn, reader, get, board, report2015 };
}
export type SeededDemo = Awaited<ReturnType<typeof seededDemo>>;

/** A test database with the demo seeded, for repository tests, and the demo tenant's id. */
export async function seededDemoDatabase() {
  const database = await createTestDatabase();
  await seedDemo(database);
  const found = await repositories(database.db).tenants.findByScbCode(tenant.scbCode);
  return { database, tenantId: found!.id };
}

/** An amount as the annual report prints it: "1 405,3", "-78,0". */
export function shown(money: string): string;
export function shown(money: string | null): string | null;
export function shown(money: string | null) {
  return money === null
    ? null
    : formatMoney(toOre(money), { minus: 'hyphen' }).replace(/\u00a0/g, ' ');
}
