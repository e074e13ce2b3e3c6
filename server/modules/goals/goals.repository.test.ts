import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Database } from '#server/db/client.ts';
import { repositories } from '#server/repositories.ts';
import { seededDemoDatabase } from '../../../demo/demo.testing.ts';
import { reportGoalsOf } from '../followup/followup.rules.ts';

/**
 * A unit's report reads only its own goals and those above them (`ofUnitReport`), not the
 * year's thousands (`ofYear`): on the demo, every unit's report goals are the same either way,
 * in the same order with the same parents.
 */
let database: Database;
let tenantId: string;

beforeAll(async () => {
  ({ database, tenantId } = await seededDemoDatabase());
  const repos = repositories(database.db);
  // the demo's nämndmål have one parent each; R-G8 allows several (the same text under two KF goals)
  const first = (await repos.years.years(tenantId)).find((y) => y.year === 2015)!;
  const council = (await repos.goals.ofYear(tenantId, first.year)).filter(
    (g) => g.level === 'council',
  );
  const input = {
    year: first.year,
    level: 'committee' as const,
    number: null,
    title: 'Ett nämndmål under två KF-mål',
    description: '',
    ownerUnitId: council[0]!.ownerUnitId,
    heading: null,
    parentIds: [council[0]!.id, council[1]!.id],
    previousGoalId: null,
  };
  await repos.goals.insert(tenantId, first.id, input, 99);
}, 120_000);
afterAll(() => database.close());

describe("a unit's report goals", () => {
  test('are the same read for the unit alone as picked from the whole year, for every unit of every year', async () => {
    const { goals, years } = repositories(database.db);
    const yearNumbers = [...new Set((await years.years(tenantId)).map((y) => y.year))];
    let compared = 0;
    for (const year of yearNumbers) {
      const wholeYear = await goals.ofYear(tenantId, year);
      const owners = [...new Set(wholeYear.map((g) => g.ownerUnitId))];
      for (const unitId of owners) {
        const alone = await goals.ofUnitReport(tenantId, year, unitId);
        expect(reportGoalsOf(alone, unitId)).toEqual(reportGoalsOf(wholeYear, unitId));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(1);
  });

  test('include a goal under several parents once, with all its parents', async () => {
    const { goals, years } = repositories(database.db);
    const yearNumbers = (await years.years(tenantId)).map((y) => y.year);
    const wholeYears = await Promise.all(yearNumbers.map((year) => goals.ofYear(tenantId, year)));
    const shared = wholeYears.flat().find((g) => g.parentIds.length > 1)!;
    const alone = await goals.ofUnitReport(tenantId, shared.year, shared.ownerUnitId);
    expect(alone.filter((g) => g.id === shared.id)).toEqual([shared]);
    expect(alone.map((g) => g.id)).toEqual(expect.arrayContaining(shared.parentIds));
  });

  test('are none for a unit that owns no goal that year', async () => {
    const { goals, years } = repositories(database.db);
    const [year] = (await years.years(tenantId)).map((y) => y.year);
    expect(await goals.ofUnitReport(tenantId, year!, crypto.randomUUID())).toEqual([]);
  });
});
