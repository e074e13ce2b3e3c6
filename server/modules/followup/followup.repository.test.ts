import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { defaultGoalLevelSettings } from '#contracts/goals.levels.ts';
import type { Period } from '#contracts/years.ts';
import type { Database } from '#server/db/client.ts';
import { repositories } from '#server/repositories.ts';
import { seededDemoDatabase } from '../../../demo/demo.testing.ts';
import { activitiesTable, activityUnitsTable } from '../activities/activities.table.ts';
import { indicatorsTable } from '../indicators/indicators.table.ts';
import { usersTable } from '../people/people.table.ts';
import { defaultTemplate } from '../reports/reports.defaults.ts';
import type { Writer } from '#server/db/report-columns.ts';
import type { ReportData } from './followup.repository.ts';

/**
 * A unit's report is read in one statement (`followup.report`); it must give exactly what the
 * repository calls it replaces give, for every unit and period of the demo.
 */
let database: Database;
let tenantId: string;

beforeAll(async () => {
  ({ database, tenantId } = await seededDemoDatabase());
  const repos = repositories(database.db);
  // the demo has no report states yet: an adopted and published one, and one sent back
  const year = (await repos.years.years(tenantId)).find((y) => y.year === 2015);
  const unitId = (await repos.goals.ofYear(tenantId, year!.year))[0]!.ownerUnitId;
  const [first, second] = year!.periods;
  const [user] = await database.db.select().from(usersTable);
  const state = { adoptedOn: null, decisionRef: null, returnComment: '' };
  await repos.followup.saveState(
    tenantId,
    unitId,
    first!.id,
    { ...state, status: 'adopted', adoptedOn: '2015-06-15', decisionRef: 'Dnr 123/2015' },
    0,
    user!.id,
  );
  await repos.followup.setPublication(tenantId, unitId, first!.id, {
    at: new Date('2015-06-16T08:09:10.123Z'),
    userId: user!.id,
    reason: '',
  });
  // and last year's outcome entered where the report has no history
  const [indicator] = await database.db.select().from(indicatorsTable);
  const entered = { indicatorId: indicator!.id, unitId, value: '12.5', valueWomen: null };
  await repos.indicators.saveEnteredPreviousOutcome(
    tenantId,
    { ...entered, periodId: first!.id, valueMen: '3' },
    0,
    { userId: user!.id, userName: user!.name },
  );
  await repos.followup.saveState(
    tenantId,
    unitId,
    second!.id,
    { ...state, status: 'draft', returnComment: 'Komplettera analysen.' },
    0,
    null,
  );
  // the year's own goal levels, and a council goal given to a committee directly
  await repos.goalLevels.save(tenantId, year!.id, {
    ...defaultGoalLevelSettings,
    direction: { ...defaultGoalLevelSettings.direction, name: 'Övergripande mål', assessed: true },
  });
  const council = (await repos.goals.ofYear(tenantId, 2015)).find((g) => g.level === 'council');
  const committee = (await repos.goals.ofYear(tenantId, 2015)).find(
    (g) => g.level === 'committee' && g.ownerUnitId !== council!.ownerUnitId,
  );
  expect(await repos.goalLevels.assign(tenantId, council!.id, committee!.ownerUnitId)).toBe(true);
  // the council's own target for an indicator of its goal above a committee's (the committee's
  // report shows it beside the committee's target)
  const goals2015 = await repos.goals.ofYear(tenantId, 2015);
  for (const goal of goals2015) {
    const above = goals2015.find(
      (g) => goal.parentIds.includes(g.id) && g.ownerUnitId !== goal.ownerUnitId,
    );
    const [measured] = above ? await repos.indicators.ofGoals(tenantId, [above.id]) : [];
    if (!above || !measured) continue;
    await repos.indicators.setTarget(tenantId, measured.id, year!.id, {
      unitId: above.ownerUnitId,
      year: 2015,
      targetKind: 'value',
      target: '5',
      councilTargetKind: 'value',
      councilTarget: null,
      tolerance: null,
    });
    break;
  }
  // an activity another goal owner shares ("i samråd med"): its report lists it too
  const [activity] = await database.db
    .select()
    .from(activitiesTable)
    .where(eq(activitiesTable.yearId, year!.id));
  const sharer = goals2015.find((g) => g.ownerUnitId !== activity!.responsibleUnitId)!;
  await database.db
    .insert(activityUnitsTable)
    .values({ tenantId, activityId: activity!.id, unitId: sharer.ownerUnitId });
  // the tenant's own template for the first period's kind, one chapter required
  const [chapter, ...rest] = defaultTemplate(first!.kind);
  await repos.reports.saveTemplate(
    tenantId,
    year!.id,
    first!.kind,
    [{ ...chapter!, required: true }, ...rest],
    0,
    user!.id,
  );
}, 120_000);
afterAll(() => database.close());

/** The report's parts read one repository call at a time, as the report was read before. */
async function readPartByPart(
  unitId: string,
  period: Period,
  previous: Period | null,
): Promise<ReportData> {
  const { goals, goalLevels, indicators, activities, followup, reports } = repositories(
    database.db,
  );
  const reportGoals = await goals.ofUnitReport(tenantId, period.year, unitId);
  const goalIds = reportGoals.map((g) => g.id);
  const unitIds = [unitId, ...reportGoals.map((g) => g.ownerUnitId)];
  const owners = [...new Set(reportGoals.map((g) => g.ownerUnitId))].filter((u) => u !== unitId);
  const reportIndicators = await indicators.ofGoals(tenantId, goalIds);
  // the figures of the report's own indicators only
  const own = <T extends { indicatorId: string }>(list: T[]) =>
    list.filter((t) => reportIndicators.some((i) => i.id === t.indicatorId));
  return {
    goals: reportGoals,
    indicators: reportIndicators,
    targets: own(await indicators.targets(tenantId, [unitId], period.year)),
    ownersTargets: own(await indicators.targets(tenantId, owners, period.year)),
    outcomes: own(await indicators.outcomes(tenantId, [unitId], [period.id])),
    previousOutcomes: previous
      ? own(await indicators.outcomes(tenantId, [unitId], [previous.id]))
      : [],
    enteredPreviousOutcomes: own(
      await indicators.enteredPreviousOutcomes(tenantId, [unitId], [period.id]),
    ),
    activities: await activities.ofUnits(tenantId, period.year, [unitId]),
    activityReports: await activities.reports(tenantId, [unitId], [period.id]),
    assessments: await goals.assessments(tenantId, [unitId], [period.id]),
    names: await goals.unitNames(tenantId, unitIds, period.endsOn),
    state: await followup.state(tenantId, unitId, period.id),
    assignedGoalIds: await goalLevels.assignedGoalIds(tenantId, period.year, unitId),
    levelSettings: await goalLevels.settingsOf(tenantId, period.year),
    templateChapters:
      (await reports.templates(tenantId, period.yearId)).find((t) => t.periodKind === period.kind)
        ?.chapters ?? null,
  };
}

/** Lists whose order the report does not depend on, sorted; parents as a set. */
function comparable(data: ReportData) {
  const by =
    <T>(key: (t: T) => string) =>
    (list: T[]) =>
      [...list].sort((a, b) => key(a).localeCompare(key(b)));
  return {
    ...data,
    goals: data.goals.map((g) => ({ ...g, parentIds: [...g.parentIds].sort() })),
    indicators: by<ReportData['indicators'][number]>((i) => i.id)(data.indicators),
    targets: by<ReportData['targets'][number]>((t) => t.indicatorId)(data.targets),
    ownersTargets: by<ReportData['targets'][number]>((t) => `${t.unitId} ${t.indicatorId}`)(
      data.ownersTargets,
    ),
    outcomes: by<ReportData['outcomes'][number]>((o) => o.indicatorId)(data.outcomes),
    previousOutcomes: by<ReportData['outcomes'][number]>((o) => o.indicatorId)(
      data.previousOutcomes,
    ),
    enteredPreviousOutcomes: by<ReportData['enteredPreviousOutcomes'][number]>(
      (o) => o.indicatorId,
    )(data.enteredPreviousOutcomes),
    activityReports: by<ReportData['activityReports'][number]>((r) => r.activityId)(
      data.activityReports,
    ),
    assessments: by<ReportData['assessments'][number]>((a) => a.goalId)(data.assessments),
    names: [...data.names].sort(([a], [b]) => a.localeCompare(b)),
    assignedGoalIds: [...data.assignedGoalIds].sort(),
  };
}

describe("a unit's report read in one statement", () => {
  test('gives what the repository calls give one by one, for every unit and period of the demo', async () => {
    const repos = repositories(database.db);
    const seen = { reports: 0, goals: 0, indicators: 0, targets: 0, outcomes: 0 };
    const more = {
      ownersTargets: 0,
      previousOutcomes: 0,
      enteredPreviousOutcomes: 0,
      activities: 0,
      activityReports: 0,
      assessments: 0,
    };
    let states = 0;
    let assigned = 0;
    let stored = 0;
    let templates = 0;
    // activities the unit shares with the responsible one (activity_units), not its own
    let shared = 0;
    for (const year of await repos.years.years(tenantId)) {
      const owners = new Set([
        ...(await repos.goals.ofYear(tenantId, year.year)).map((g) => g.ownerUnitId),
        ...(await database.db.select().from(activitiesTable)).map((a) => a.responsibleUnitId),
      ]);
      for (const period of year.periods) {
        const full = (await repos.years.period(tenantId, period.id))!;
        const previous = await repos.years.periodByKey(tenantId, full.year - 1, full.key);
        for (const unitId of owners) {
          const once = await repos.followup.report(tenantId, unitId, full, previous?.id ?? null);
          expect(comparable(once)).toEqual(
            comparable(await readPartByPart(unitId, full, previous)),
          );
          seen.reports++;
          for (const key of Object.keys(seen) as (keyof typeof seen)[])
            if (key !== 'reports') seen[key] += once[key].length;
          for (const key of Object.keys(more) as (keyof typeof more)[])
            more[key] += once[key].length;
          if (once.state) states++;
          assigned += once.assignedGoalIds.length;
          if (once.levelSettings) stored++;
          if (once.templateChapters) templates++;
          shared += once.activities.filter((a) => a.responsibleUnitId !== unitId).length;
        }
      }
    }
    // every part was compared on real rows, not only on empty lists
    for (const count of [...Object.values(seen), ...Object.values(more)])
      expect(count).toBeGreaterThan(0);
    expect(states).toBe(2);
    expect(assigned).toBeGreaterThan(0);
    expect(stored).toBeGreaterThan(0);
    expect(templates).toBeGreaterThan(0);
    expect(shared).toBeGreaterThan(0);
  }, 120_000);

  test("what every read and save looks up first gives the period, last year's, the ancestry and the state one by one", async () => {
    const repos = repositories(database.db);
    const units = [...new Set((await repos.org.versions(tenantId)).map((v) => v.id))].map((id) => ({
      id,
    }));
    let chains = 0;
    let previous = 0;
    let states = 0;
    for (const year of await repos.years.years(tenantId))
      for (const period of year.periods) {
        const full = (await repos.years.period(tenantId, period.id))!;
        for (const unit of units) {
          const scope = await repos.followup.scope(tenantId, unit.id, period.id);
          expect(scope).toEqual({
            period: full,
            previousPeriod: await repos.years.periodByKey(tenantId, full.year - 1, full.key),
            ancestry: await repos.org.ancestry(tenantId, unit.id, full.endsOn),
            state: await repos.followup.state(tenantId, unit.id, period.id),
          });
          if (scope.ancestry.length > 1) chains++;
          if (scope.previousPeriod) previous++;
          if (scope.state) states++;
        }
      }
    expect(chains).toBeGreaterThan(0);
    expect(previous).toBeGreaterThan(0);
    expect(states).toBe(2);
    // a period of another tenant or none at all: nothing, not even the ancestry
    const unitId = units[0]!.id;
    expect(await repos.followup.scope(tenantId, unitId, unitId)).toEqual({
      period: null,
      previousPeriod: null,
      ancestry: [],
      state: null,
    });
  }, 120_000);

  test('what a save checks against gives the scope, goals, assignments and levels one by one', async () => {
    const repos = repositories(database.db);
    let goals = 0;
    for (const year of await repos.years.years(tenantId)) {
      const owners = new Set(
        (await repos.goals.ofYear(tenantId, year.year)).map((g) => g.ownerUnitId),
      );
      for (const unitId of owners) {
        // a period the demo has written nothing for: the first save of each kind inserts
        const periodId = year.periods[1]!.id;
        const once = await repos.followup.writeScope(tenantId, unitId, periodId);
        const { goals: _g, assignedGoalIds: _a, levelSettings: _l, ...scope } = once;
        expect(scope).toEqual(await repos.followup.scope(tenantId, unitId, periodId));
        const sortedParents = (list: ReportData['goals']) =>
          list.map((g) => ({ ...g, parentIds: [...g.parentIds].sort() }));
        expect(sortedParents(once.goals)).toEqual(
          sortedParents(await repos.goals.ofUnitReport(tenantId, year.year, unitId)),
        );
        expect([...once.assignedGoalIds].sort()).toEqual(
          (await repos.goalLevels.assignedGoalIds(tenantId, year.year, unitId)).sort(),
        );
        expect(once.levelSettings).toEqual(await repos.goalLevels.settingsOf(tenantId, year.year));
        goals += once.goals.length;
      }
    }
    expect(goals).toBeGreaterThan(0);
  }, 120_000);

  test("what a save reads of its own row gives that row of the whole report's, and nothing else", async () => {
    const repos = repositories(database.db);
    const year = (await repos.years.years(tenantId)).find((y) => y.year === 2015)!;
    let checked = 0;
    for (const unitId of new Set(
      (await repos.goals.ofYear(tenantId, 2015)).map((g) => g.ownerUnitId),
    ))
      for (const period of year.periods) {
        const full = (await repos.years.period(tenantId, period.id))!;
        const whole = await repos.followup.report(tenantId, unitId, full, null);
        const goalIds = whole.goals.map((g) => g.id);
        for (const indicator of whole.indicators) {
          expect(await repos.indicators.ofGoalsOne(tenantId, goalIds, indicator.id)).toEqual(
            indicator,
          );
          const one = await repos.indicators.outcomes(
            tenantId,
            [unitId],
            [period.id],
            [indicator.id],
          );
          expect(one).toEqual(whole.outcomes.filter((o) => o.indicatorId === indicator.id));
          checked += one.length;
          const entered = await repos.indicators.enteredPreviousOutcomes(
            tenantId,
            [unitId],
            [period.id],
            [indicator.id],
          );
          expect(entered).toEqual(
            whole.enteredPreviousOutcomes.filter((o) => o.indicatorId === indicator.id),
          );
        }
        for (const goal of whole.goals) {
          const one = await repos.goals.assessments(tenantId, [unitId], [period.id], [goal.id]);
          expect(one).toEqual(whole.assessments.filter((a) => a.goalId === goal.id));
          checked += one.length;
        }
        for (const activity of whole.activities) {
          const one = await repos.activities.reports(
            tenantId,
            [unitId],
            [period.id],
            [activity.id],
          );
          expect(one).toEqual(whole.activityReports.filter((r) => r.activityId === activity.id));
          checked += one.length;
        }
        // an indicator of another unit's report, or no goals at all, is not found
        expect(
          await repos.indicators.ofGoalsOne(tenantId, [], whole.indicators[0]?.id ?? unitId),
        ).toBeNull();
        expect(await repos.goals.assessments(tenantId, [unitId], [period.id], [])).toEqual([]);
      }
    expect(checked).toBeGreaterThan(10);
  }, 120_000);
});

describe('a save answers with the row as stored, without reading it again', () => {
  test('each kind of report row: a first save, an update and a refused stale save', async () => {
    const repos = repositories(database.db);
    const [user] = await database.db.select().from(usersTable);
    const people = [
      { userId: user!.id, userName: user!.name },
      // the system writes without a user: nobody's name, as a read gives it
      { userId: null, userName: 'Systemet' },
    ];
    const year = (await repos.years.years(tenantId)).find((y) => y.year === 2015)!;
    // a period the demo has written nothing for: the first save of each kind inserts
    const periodId = year.periods[1]!.id;
    const report = async (unitId: string) =>
      repos.followup.report(
        tenantId,
        unitId,
        (await repos.years.period(tenantId, periodId))!,
        null,
      );
    const goal = (await repos.goals.ofYear(tenantId, 2015)).find((g) => g.level === 'committee')!;
    const unitId = goal.ownerUnitId;
    const whole = await report(unitId);
    const indicatorId = whole.indicators[0]!.id;
    const activityId = whole.activities[0]!.id;
    const place = { unitId, periodId };
    // each writer: its save, and the read that gives the same row
    const kinds = [
      {
        save: (version: number, n: number, writer: Writer) =>
          repos.goals.saveAssessment(
            tenantId,
            { ...place, goalId: goal.id, value: null, analysis: `Analys ${n}`, justification: '' },
            version,
            writer,
          ),
        read: async () =>
          (await repos.goals.assessments(tenantId, [unitId], [periodId], [goal.id]))[0],
      },
      {
        save: (version: number, n: number, writer: Writer) =>
          repos.indicators.saveOutcome(
            tenantId,
            {
              ...place,
              indicatorId,
              value: `${n}.5`,
              valueWomen: null,
              valueMen: null,
              periodLabel: null,
              comment: `Kommentar ${n}`,
            },
            version,
            writer,
          ),
        read: async () =>
          (await repos.indicators.outcomes(tenantId, [unitId], [periodId], [indicatorId]))[0],
      },
      {
        save: (version: number, n: number, writer: Writer) =>
          repos.indicators.saveEnteredPreviousOutcome(
            tenantId,
            { ...place, indicatorId, value: `${n}`, valueWomen: '1', valueMen: null },
            version,
            writer,
          ),
        read: async () =>
          (
            await repos.indicators.enteredPreviousOutcomes(
              tenantId,
              [unitId],
              [periodId],
              [indicatorId],
            )
          )[0],
      },
      {
        save: (version: number, n: number, writer: Writer) =>
          repos.activities.saveReport(
            tenantId,
            { ...place, activityId, status: 'ongoing', deviation: '', analysis: `Läge ${n}` },
            version,
            writer,
          ),
        read: async () =>
          (await repos.activities.reports(tenantId, [unitId], [periodId], [activityId]))[0],
      },
      {
        save: (version: number, n: number, writer: Writer) =>
          repos.reports.saveText(
            tenantId,
            { ...place, chapterKey: 'sammanfattning', text: `Text ${n}` },
            version,
            writer,
          ),
        read: async () =>
          (await repos.reports.texts(tenantId, unitId, periodId)).find(
            (t) => t.chapterKey === 'sammanfattning',
          ),
      },
    ];
    for (const kind of kinds) {
      expect(await kind.read()).toBeUndefined();
      let version = 0;
      for (const [n, writer] of people.entries()) {
        const saved = await kind.save(version, n, writer);
        expect(saved).not.toBeNull();
        expect(saved).toEqual(await kind.read());
        expect(saved!.version).toBe(version + 1);
        version = saved!.version;
      }
      // a save from a version someone else has saved over is refused and changes nothing
      const stored = await kind.read();
      expect(await kind.save(version - 1, 9, people[0]!)).toBeNull();
      expect(await kind.read()).toEqual(stored);
    }
  }, 120_000);
});
