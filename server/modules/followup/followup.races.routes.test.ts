import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { BudgetYear } from '#contracts/years.ts';
import { createTestApp } from '#server/testing.ts';
import type { Municipality } from '../org/org.routes.testing.ts';
import { followUpTown, reporting } from './followup.routes.testing.ts';

/**
 * Several people saving the same empty text at once (issue 9, defect 9): exactly one save wins
 * and every refused one shows the winner's text, on PostgreSQL too, where the refused writers
 * all looked before anyone had saved.
 */
let ctx: Awaited<ReturnType<typeof createTestApp>>;
let town: Municipality;
let ids: Awaited<ReturnType<typeof followUpTown>>['ids'];
let periods: string[];
const { base, put } = reporting(
  () => ctx,
  () => town.slk,
  () => periods[0]!,
);

beforeAll(async () => {
  ctx = await createTestApp();
  let years: BudgetYear[];
  ({ town, ids, years } = await followUpTown(() => ctx));
  periods = years[1]!.periods.map((p) => p.id);
});
afterAll(() => ctx.close());

const CONTENDERS = 5;

/** Races first saves of `field` on one place; the text each contender types is its number. */
async function race(url: string, field: string, body: object) {
  const texts = Array.from({ length: CONTENDERS }, (_, i) => `Text ${i + 1} om ${url}`);
  const responses = await Promise.all(
    texts.map((text) => put(town.admin, url, { ...body, [field]: text, version: 0 })),
  );
  const won = responses.filter((r) => r.statusCode === 200);
  expect(won).toHaveLength(1);
  const winner = won[0]!.json<Record<string, unknown>>();
  const refused = responses.filter((r) => r !== won[0]);
  for (const response of refused) {
    expect(response.statusCode).toBe(409);
    expect(response.json().error.details.current).toMatchObject({
      [field]: winner[field],
      version: 1,
    });
  }
  return refused.length;
}

describe('first saves racing for the same text', () => {
  test('every refused goal assessment, outcome and activity report shows the winner’s text', async () => {
    let refused = 0;
    for (const period of periods) {
      const at = base(period);
      refused += await race(`${at}/goals/${ids.council}/assessment`, 'analysis', {
        value: 'delvis',
      });
      refused += await race(`${at}/goals/${ids.committee}/assessment`, 'analysis', {
        value: 'helt',
      });
      refused += await race(`${at}/indicators/${ids.indicator}/outcome`, 'comment', {
        value: '12',
      });
      refused += await race(`${at}/activities/${ids.activity}/report`, 'analysis', {
        status: 'ongoing',
      });
    }
    expect(refused).toBe(periods.length * 4 * (CONTENDERS - 1));
  });
});
