import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { TextFindings } from '#contracts/followup.checks.ts';
import type { UnitReport } from '#contracts/followup.ts';
import { seededDemo, type SeededDemo } from '../../../../demo/demo.testing.ts';
import { as, buildTenant, buildUser, login, type Session } from '#server/testing.ts';

/** GET …/text-checks on the demo: the 2015 annual report's prose against its own tables. */
let ctx: SeededDemo;
let report: UnitReport;
let url: string;
let reporter: Session;

beforeAll(async () => {
  ctx = await seededDemo();
  report = await ctx.report2015();
  url = `/api/units/${ctx.board}/periods/${report.period.id}/text-checks`;
  reporter = await ctx.signIn('rapportor@stockholm.example');
}, 120_000);
afterAll(() => ctx.close());

const findings = async (session: Session = ctx.reader) => {
  const response = await ctx.get(url, session);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<TextFindings>().findings;
};

/** Findings in the goals' texts (the demo's summary chapter has one of its own, tested above). */
const inGoals = async () => (await findings()).filter((f) => f.place.kind === 'goal');

/** Writes a goal's analysis as the demo's reporter, keeping its assessment. */
async function writeAnalysis(goalId: string, analysis: string) {
  const goal = report.goals.find((g) => g.goal.id === goalId)!;
  const current = (await ctx.report2015()).goals.find((g) => g.goal.id === goalId)!.assessment;
  const response = await ctx.app.inject({
    method: 'PUT',
    url: `/api/units/${ctx.board}/periods/${report.period.id}/goals/${goal.goal.id}/assessment`,
    headers: as(reporter),
    payload: {
      value: current?.value ?? null,
      analysis,
      justification: current?.justification ?? '',
      version: current?.version ?? 0,
    },
  });
  expect(response.statusCode, response.body).toBe(200);
}

describe('figures in the texts of a report against its tables', () => {
  test('on the demo, the summary analysis’s 22 summer jobs against the indicator’s 21 (data README issue 7), and nothing else', async () => {
    const summerJobs = report.indicators.find((i) => i.indicator.name.includes('sommarjobb'))!;
    expect(await findings()).toEqual([
      {
        place: { kind: 'chapter', id: expect.any(String), title: 'Sammanfattande analys' },
        sentence: 'Totalt 22 ungdomar från Spånga-Tensta hade sommarjobb på stadsledningskontoret.',
        figure: { kind: 'indicator', id: summerJobs.indicator.id, name: summerJobs.indicator.name },
        stated: '22',
        stored: '21',
        unit: 'st',
      },
    ]);
  });

  test('an analysis stating another count than the indicator’s outcome is flagged with both figures and both places', async () => {
    const summerJobs = report.indicators.find((i) => i.indicator.name.includes('sommarjobb'))!;
    const goal = report.goals.find((g) => g.indicatorIds.includes(summerJobs.indicator.id))!;
    const sentence = 'Totalt 22 ungdomar hade sommarjobb på stadsledningskontoret.';
    await writeAnalysis(goal.goal.id, `${goal.assessment?.analysis ?? ''}\n\n${sentence}`.trim());
    expect(await inGoals()).toEqual([
      {
        place: { kind: 'goal', id: goal.goal.id, title: goal.goal.title },
        sentence,
        figure: { kind: 'indicator', id: summerJobs.indicator.id, name: summerJobs.indicator.name },
        stated: '22',
        stored: '21',
        unit: 'st',
      },
    ]);
    await writeAnalysis(goal.goal.id, goal.assessment?.analysis ?? '');
    expect(await inGoals()).toEqual([]);
  });

  test('the annual report’s prose is read against the economy: the net result as printed passes, another is flagged', async () => {
    const goal = report.goals.find((g) => g.assessed)!;
    await writeAnalysis(
      goal.goal.id,
      'Stadsledningskontorets utfall för 2015 uppgår till ett nettoöverskott på 80,6 miljoner kronor.',
    );
    expect(await inGoals()).toEqual([]);
    await writeAnalysis(goal.goal.id, 'Kontoret redovisar ett överskott på 75,0 miljoner kronor.');
    const [found, ...rest] = await inGoals();
    expect(rest).toEqual([]);
    expect(found).toMatchObject({
      place: { kind: 'goal', id: goal.goal.id },
      figure: { kind: 'economy', measure: 'result', area: null },
      stated: '75,0',
      stored: '80,6',
      unit: 'mnkr',
    });
    await writeAnalysis(goal.goal.id, goal.assessment?.analysis ?? '');
  });

  test('someone with no grant on the unit, or of another tenant, is refused', async () => {
    const other = await buildTenant(ctx.database);
    const stranger = await buildUser(ctx.database, other.id, [{ role: 'admin' }]);
    const session = await login(ctx.app, stranger.email);
    expect((await ctx.get(url, session)).statusCode).toBe(404);
    const anonymous = await ctx.app.inject({ method: 'GET', url });
    expect(anonymous.statusCode).toBe(401);
  });
});
