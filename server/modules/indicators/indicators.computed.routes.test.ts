import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { AuditEntry } from '#contracts/audit.ts';
import type { RollUp } from '#contracts/followup.ts';
import { buildTenant, buildUser, createTestApp, login } from '#server/testing.ts';
import { economyTown, illustrativeEconomy, mnkr } from '../economy/economy.testing.ts';
import {
  adherenceTown,
  computedTown,
  writeCosts,
  type ComputedTown,
} from './indicators.computed.testing.ts';

let ctx: Awaited<ReturnType<typeof createTestApp>>;

const outcomeOf = async (follow: ComputedTown, indicatorId: string) =>
  (await follow.report()).indicators.find((i) => i.indicator.id === indicatorId)!;
/** A fresh town whose budget adherence is computed, before any economy is written. */
const beforeTheEconomy = async () => {
  const town = await economyTown(() => ctx);
  const follow = await computedTown(town);
  await follow.setFormula(follow.indicators.adherence, { kind: 'budget_adherence_before' });
  return { town, follow };
};
const computed = () => adherenceTown(() => ctx);

beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(() => ctx.close());

describe('an indicator computed from the economy', () => {
  test('is marked with its formula; without an economy it has no outcome yet', async () => {
    const follow = await computedTown(await economyTown(() => ctx));
    const set = await follow.setFormula(follow.indicators.adherence, {
      kind: 'budget_adherence_before',
    });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json()).toEqual({ written: 0 });
    const row = await outcomeOf(follow, follow.indicators.adherence);
    expect(row.indicator.formula?.text).toBe('nettoutfall / nettobudget (Summa drift), i procent');
    expect(row.outcome).toBeNull();
  });

  test('takes its outcome from the unit’s economy as soon as the economy is written', async () => {
    const { town, follow } = await beforeTheEconomy();
    await illustrativeEconomy(town);
    const row = await outcomeOf(follow, follow.indicators.adherence);
    // Summa drift netto 47,2 / 44,5 (Varav B1 left out) = 106,0674157… %
    expect(row.outcome?.value).toBe('106.067416');
    expect(row.outcome?.computed?.formula).toBe(
      'nettoutfall / nettobudget (Summa drift), i procent',
    );
    expect(row.outcome?.computed?.missing).toEqual([]);
    expect(row.outcome?.updatedByName).toBe(town.people.controllerA.me.user.name);
    // … and the evidence uses it like any other outcome: above a lower-is-better 100 %.
    expect(row.attainment.status).toBe('not_met');
  });

  test('follows every later change of the lines, audited in the writer’s name', async () => {
    const { town, follow } = await beforeTheEconomy();
    const view = await illustrativeEconomy(town);
    await writeCosts(town, town.people.reporterA, view, 'Område A', {
      budget: '31,5',
      outcome: '30,2',
      t2: '33,0',
    });
    // (30,2 − 5,6 + 18,6) / 44,5 = 43,2 / 44,5 = 97,0786516… %
    const row = await outcomeOf(follow, follow.indicators.adherence);
    expect(row.outcome?.value).toBe('97.078652');
    expect(row.attainment.status).toBe('met');
    const audit = await town.inject(
      'GET',
      town.people.admin,
      `/api/audit?entity=indicator_outcome&entityId=${follow.indicators.adherence}`,
    );
    const entries = audit.json<{ entries: AuditEntry[] }>().entries;
    // The controller's areas made it (nothing to compute yet), the lines gave it a value.
    expect(entries.map((e) => [e.action, e.userName])).toEqual([
      ['update', town.people.reporterA.me.user.name],
      ['update', town.people.controllerA.me.user.name],
      ['create', town.people.controllerA.me.user.name],
    ]);
    expect(entries[2]!.after).toMatchObject({ value: null });
    expect(entries[0]!.before).toMatchObject({ value: '106.067416' });
    expect(entries[0]!.after).toMatchObject({ value: '97.078652' });
  });

  test('cannot be written by a reporter: 409 indicators.outcome_computed, nothing changes', async () => {
    const { town, follow } = await computed();
    const response = await town.inject(
      'PUT',
      town.people.reporterA,
      `/api/units/${town.units.a}/periods/${follow.vb}/indicators/${follow.indicators.adherence}/outcome`,
      { value: '100', comment: 'Ändrat för hand', version: 1 },
    );
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('indicators.outcome_computed');
    expect(response.json().error.details.formula).toContain('nettoutfall / nettobudget');
    expect((await outcomeOf(follow, follow.indicators.adherence)).outcome?.value).toBe('97.078652');
  });

  test('is counted by the roll-up’s SQL like a typed outcome', async () => {
    const { town, follow } = await computed();
    const response = await town.inject(
      'GET',
      town.people.admin,
      `/api/periods/${follow.vb}/rollup?level=council`,
    );
    expect(response.statusCode, response.body).toBe(200);
    const goal = response.json<RollUp>().goals.find((g) => g.goal.id === follow.goals.council)!;
    const unitA = goal.units.find((u) => u.unitId === town.units.a)!;
    expect(unitA.indicators).toEqual({ met: 1, notMet: 0, missing: 0 });
  });

  test('"after result transfers" counts what the result units below moved into their funds', async () => {
    const { town, follow } = await computed();
    const set = await follow.setFormula(follow.indicators.adherence, {
      kind: 'budget_adherence_after',
    });
    expect(set.json()).toEqual({ written: 1 });
    expect((await outcomeOf(follow, follow.indicators.adherence)).outcome?.value).toBeNull();
    expect(
      (await outcomeOf(follow, follow.indicators.adherence)).outcome?.computed?.missing,
    ).toEqual(['ingående och utgående resultatfond för Enhet R']);
    const fund = await town.inject(
      'PUT',
      town.people.controllerA,
      `${town.economy(town.units.r)}/result-fund`,
      { opening: mnkr('1,0'), closing: mnkr('1,5'), version: 0 },
    );
    expect(fund.statusCode, fund.body).toBe(200);
    // (43,2 + 0,5) / 44,5 = 98,2022471… %
    expect((await outcomeOf(follow, follow.indicators.adherence)).outcome?.value).toBe('98.202247');
  });

  test('a controller’s own formula: a ratio or a difference of named areas’ lines', async () => {
    const { follow } = await computed();
    const ratio = await follow.setFormula(follow.indicators.adherence, {
      kind: 'ratio',
      numerator: { areas: ['Område A'], kind: 'net', column: 'outcome' },
      denominator: { areas: ['Område A'], kind: 'net', column: 'budget' },
    });
    expect(ratio.statusCode, ratio.body).toBe(200);
    let row = await outcomeOf(follow, follow.indicators.adherence);
    // (30,2 − 5,6) / (31,5 − 5,0) = 24,6 / 26,5 = 92,8301886… %
    expect(row.outcome?.value).toBe('92.830189');
    expect(row.indicator.formula?.text).toBe(
      'utfall netto ("Område A") / budget netto ("Område A"), i procent',
    );
    await follow.setFormula(follow.indicators.adherence, {
      kind: 'difference',
      minuend: { areas: 'operating_total', kind: 'costs', column: 'outcome' },
      subtrahend: { areas: 'operating_total', kind: 'costs', column: 'forecast', period: 'T2' },
      unit: 'mnkr',
    });
    row = await outcomeOf(follow, follow.indicators.adherence);
    // 30,2 + 18,6 = 48,8 against the T2 forecasts 33,0 + 18,5 = 51,5
    expect(row.outcome?.value).toBe('-2.7');
    expect(row.indicator.formula?.text).toBe(
      'utfall kostnader (Summa drift) − helårsprognos T2 kostnader (Summa drift), i mnkr',
    );
  });

  test('names what is missing when an area is not in the table', async () => {
    const { follow } = await computed();
    await follow.setFormula(follow.indicators.adherence, {
      kind: 'ratio',
      numerator: { areas: ['Område C', 'Område A'], kind: 'net', column: 'outcome' },
      denominator: { areas: 'operating_total', kind: 'net', column: 'budget' },
      percent: false,
    });
    const row = await outcomeOf(follow, follow.indicators.adherence);
    expect(row.outcome?.value).toBeNull();
    expect(row.outcome?.computed?.missing).toEqual([
      'verksamhetsområdet "Område C" finns inte i årets tabell',
    ]);
    expect(row.attainment.status).toBe('no_outcome');
  });

  test('a bad formula is refused with each field named, and changes nothing', async () => {
    const { follow } = await computed();
    const before = (await outcomeOf(follow, follow.indicators.adherence)).indicator.formula;
    const response = await follow.setFormula(follow.indicators.adherence, {
      kind: 'ratio',
      numerator: { areas: [], kind: 'net', column: 'forecast' },
      denominator: { areas: 'operating_total', kind: 'gross', column: 'budget' },
    });
    expect(response.statusCode).toBe(422);
    const paths = response
      .json<{ error: { details: { path: string }[] } }>()
      .error.details.map((d) => d.path)
      .sort();
    expect(paths).toEqual([
      'formula.denominator.kind',
      'formula.numerator.areas',
      'formula.numerator.period',
    ]);
    const period = await follow.setFormula(follow.indicators.adherence, {
      kind: 'difference',
      minuend: { areas: ['Område A'], kind: 'net', column: 'outcome', period: 'T2' },
      subtrahend: { areas: ['Område A'], kind: 'net', column: 'budget' },
    });
    expect(period.statusCode).toBe(422);
    expect(period.json().error.details).toEqual([
      expect.objectContaining({
        path: 'formula.minuend.period',
        message: 'must be null unless the column is forecast',
      }),
    ]);
    const unknown = await follow.setFormula(follow.indicators.adherence, { kind: 'eval' });
    expect(unknown.statusCode).toBe(422);
    expect((await outcomeOf(follow, follow.indicators.adherence)).indicator.formula).toEqual(
      before,
    );
  });

  test('with the formula removed, the outcome is typed again and keeps its last value', async () => {
    const { town, follow } = await computed();
    const removed = await follow.setFormula(follow.indicators.adherence, null);
    expect(removed.statusCode).toBe(200);
    const row = await outcomeOf(follow, follow.indicators.adherence);
    expect(row.indicator.formula).toBeNull();
    expect(row.outcome?.value).toBe('97.078652');
    expect(row.outcome?.computed).toBeNull();
    const typed = await town.inject(
      'PUT',
      town.people.reporterA,
      `/api/units/${town.units.a}/periods/${follow.vb}/indicators/${follow.indicators.adherence}/outcome`,
      { value: '97.1', version: row.outcome!.version },
    );
    expect(typed.statusCode, typed.body).toBe(200);
  });
});

describe('a report past its draft', () => {
  test('keeps the computed outcome it was submitted with when the economy changes later', async () => {
    const { town, follow, view } = await computed();
    expect((await outcomeOf(follow, follow.indicators.adherence)).outcome?.value).toBe('97.078652');
    const base = `/api/units/${town.units.a}/periods/${follow.vb}`;
    for (const goalId of [follow.goals.council, follow.goals.committee]) {
      const assessed = await town.inject(
        'PUT',
        town.people.reporterA,
        `${base}/goals/${goalId}/assessment`,
        {
          value: 'delvis',
          analysis: 'Underlaget räcker för en delvis uppfyllelse.',
          justification: 'Se analysen.',
          version: 0,
        },
      );
      expect(assessed.statusCode, assessed.body).toBe(200);
    }
    const submitted = await town.inject('POST', town.people.reporterA, `${base}/transition`, {
      transition: 'submit',
      version: 0,
    });
    expect(submitted.statusCode, submitted.body).toBe(200);
    await writeCosts(town, town.people.controllerA, view, 'Område B', {
      budget: '18,0',
      outcome: '25,0',
      t2: '18,5',
    });
    expect((await outcomeOf(follow, follow.indicators.adherence)).outcome?.value).toBe('97.078652');
  });
});

describe('who may set a formula', () => {
  test('only a modeller over the goals’ owners; another tenant’s indicator is not found', async () => {
    const { town, follow } = await computed();
    const before = (await outcomeOf(follow, follow.indicators.adherence)).indicator.formula;
    const reporter = await follow.setFormula(
      follow.indicators.cases,
      { kind: 'budget_adherence_before' },
      town.people.reporterA,
    );
    expect(reporter.statusCode).toBe(403);
    // The council goal belongs to KF: a controller of Nämnd A may not make its indicator computed.
    const controller = await follow.setFormula(
      follow.indicators.adherence,
      { kind: 'budget_adherence_before' },
      town.people.controllerA,
    );
    expect(controller.statusCode).toBe(403);
    const other = await buildTenant(ctx.database);
    const stranger = await login(
      ctx.app,
      (await buildUser(ctx.database, other.id, [{ role: 'admin' }])).email,
    );
    const foreign = await follow.setFormula(
      follow.indicators.adherence,
      { kind: 'budget_adherence_before' },
      stranger,
    );
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().error.code).toBe('indicators.not_found');
    expect((await outcomeOf(follow, follow.indicators.adherence)).indicator.formula).toEqual(
      before,
    );
    expect((await outcomeOf(follow, follow.indicators.cases)).indicator.formula).toBeNull();
  });
});
