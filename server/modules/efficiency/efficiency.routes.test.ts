import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { AuditEntry } from '#contracts/audit.ts';
import { buildTenant, buildUser, createTestApp, login } from '#server/testing.ts';
import { mnkr } from '../economy/economy.testing.ts';
import { efficiencyTown } from './efficiency.testing.ts';

let ctx: Awaited<ReturnType<typeof createTestApp>>;

const fresh = () => efficiencyTown(() => ctx);
const linked = () => efficiencyTown(() => ctx, { linked: true });

beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(() => ctx.close());

describe('cost and quality side by side', () => {
  test('every operating area with its net cost; nothing linked yet', async () => {
    const { read } = await fresh();
    const view = await read();
    expect(view.basis).toBe('outcome');
    expect(view.display).toEqual({ unit: 'mnkr', decimals: 1 });
    expect(
      view.areas.map((a) => [a.name, a.netBudget, a.netActual, a.goals, a.indicators]),
    ).toEqual([
      ['Område A', mnkr('26,5'), mnkr('28,6'), [], []],
      ['Område B', mnkr('18,0'), mnkr('18,6'), [], []],
      ['Varav B1', mnkr('4,0'), mnkr('4,2'), [], []],
    ]);
    expect(view.choices.indicators.map((i) => i.name).sort()).toEqual([
      'Antal handlagda ärenden',
      'Nämndens budgetföljsamhet före resultatöverföringar',
    ]);
    expect(view.may.link).toBe(false);
  });

  test('a controller links an area to a goal and an output indicator; the cost per output waits for an outcome', async () => {
    const { follow, areaA, read, link } = await fresh();
    const made = await link();
    expect(made.statusCode, made.body).toBe(200);
    const area = (await read()).areas.find((a) => a.id === areaA)!;
    expect(area.goals).toEqual([
      expect.objectContaining({
        goalId: follow.goals.committee,
        title: 'Handläggningen är snabb',
        assessment: null,
      }),
    ]);
    expect(area.indicators[0]).toMatchObject({
      name: 'Antal handlagda ärenden',
      outcome: null,
      target: '400',
      countsOutput: true,
      costPerOutput: {
        value: null,
        unit: 'kr per st',
        missing: 'indikatorn har inget utfall för perioden',
      },
    });
  });

  test('net cost per case handled: 28,6 mnkr / 400 = 71 500 kr; none for an output of 0', async () => {
    const { areaA, read, typeCases } = await linked();
    await typeCases('400', 0);
    let indicator = (await read()).areas.find((a) => a.id === areaA)!.indicators[0]!;
    expect(indicator.outcome).toBe('400');
    expect(indicator.status).toBe('met');
    expect(indicator.costPerOutput).toEqual({
      value: '71500.00',
      unit: 'kr per st',
      missing: null,
    });
    await typeCases('0', 1);
    indicator = (await read()).areas.find((a) => a.id === areaA)!.indicators[0]!;
    expect(indicator.costPerOutput).toEqual({
      value: null,
      unit: 'kr per st',
      missing: 'utfallet är 0, så det finns ingen kostnad per enhet',
    });
  });

  test('for a tertial the net cost is the period’s full-year forecast', async () => {
    const { town, areaA, read, typeCases } = await linked();
    // an outcome for the year, none for T2
    await typeCases('400', 0);
    const view = await read(town.people.reader, 'T2');
    expect(view.basis).toBe('forecast');
    const area = view.areas.find((a) => a.id === areaA)!;
    // T2: costs 33,0 − revenues 5,2 = 27,8
    expect(area.netActual).toBe(mnkr('27,8'));
    expect(area.indicators[0]!.costPerOutput?.missing).toBe(
      'indikatorn har inget utfall för perioden',
    );
  });

  test('the link is audited with what was there before', async () => {
    const { town, follow, areaA } = await linked();
    const audit = await town.inject(
      'GET',
      town.people.admin,
      `/api/audit?entity=economy_area_links&entityId=${areaA}`,
    );
    const entries = audit.json<{ entries: AuditEntry[] }>().entries;
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      action: 'update',
      userName: town.people.controllerA.me.user.name,
      before: { goalIds: [], indicators: [] },
      after: {
        goalIds: [follow.goals.committee],
        indicators: [{ indicatorId: follow.indicators.cases, countsOutput: true }],
      },
    });
  });
});

describe('bad links change nothing', () => {
  test('a goal or indicator outside the unit’s report, or named twice, is refused by field', async () => {
    const { town, follow, areaA, linksUrl, read } = await linked();
    const outside = await town.inject('PUT', town.people.controllerA, linksUrl(), {
      goalIds: [randomUUID()],
      indicators: [{ indicatorId: randomUUID() }],
    });
    expect(outside.statusCode).toBe(422);
    expect(
      outside.json<{ error: { details: { path: string }[] } }>().error.details.map((d) => d.path),
    ).toEqual(['goalIds.0', 'indicators.0.indicatorId']);
    const twice = await town.inject('PUT', town.people.controllerA, linksUrl(), {
      indicators: [
        { indicatorId: follow.indicators.cases },
        { indicatorId: follow.indicators.cases, countsOutput: true },
      ],
    });
    expect(twice.statusCode).toBe(422);
    expect(twice.json().error.details[0].path).toBe('indicators');
    const unknownArea = await town.inject(
      'PUT',
      town.people.controllerA,
      linksUrl(randomUUID()),
      {},
    );
    expect(unknownArea.statusCode).toBe(404);
    expect(unknownArea.json().error.code).toBe('efficiency.area_not_found');
    const area = (await read()).areas.find((a) => a.id === areaA)!;
    expect(area.goals.map((g) => g.goalId)).toEqual([follow.goals.committee]);
    expect(area.indicators.map((i) => i.indicatorId)).toEqual([follow.indicators.cases]);
  });
});

describe('who may see and link', () => {
  test('a reporter reads but does not link; a controller elsewhere neither; another tenant sees nothing', async () => {
    const { town, areaA, url, linksUrl, read } = await linked();
    expect(
      (await town.inject('PUT', town.people.reporterA, linksUrl(), { goalIds: [] })).statusCode,
    ).toBe(403);
    expect(
      (await town.inject('PUT', town.people.controllerB, linksUrl(), { goalIds: [] })).statusCode,
    ).toBe(403);
    expect((await town.inject('GET', town.people.controllerB, url())).statusCode).toBe(403);
    const other = await buildTenant(ctx.database);
    const stranger = await login(
      ctx.app,
      (await buildUser(ctx.database, other.id, [{ role: 'admin' }])).email,
    );
    expect((await town.inject('GET', stranger, url())).statusCode).toBe(404);
    expect((await town.inject('PUT', stranger, linksUrl(), { goalIds: [] })).statusCode).toBe(404);
    expect((await read(town.people.controllerA)).may.link).toBe(true);
    expect((await read()).areas.find((a) => a.id === areaA)!.goals).toHaveLength(1);
  });

  test('removing an area removes its links', async () => {
    const { town, economy, areaA, read } = await linked();
    const structure = {
      ...economy.settings,
      areas: economy.areas
        .filter((a) => a.id !== areaA)
        .map((a) => ({
          id: a.id,
          name: a.name,
          kind: a.kind,
          partOf: a.partOf === null ? null : economy.areas.find((p) => p.id === a.partOf)!.name,
          description: a.description,
        })),
    };
    const { version: _v, ...settings } = structure;
    const shaped = await town.inject(
      'PUT',
      town.people.controllerA,
      `${town.economy(town.units.a)}/structure`,
      { ...settings, version: economy.settings.version },
    );
    expect(shaped.statusCode, shaped.body).toBe(200);
    expect((await read()).areas.map((a) => a.name)).toEqual(['Område B', 'Varav B1']);
  });
});

describe('council goals a committee answers for directly', () => {
  test('are goals its areas can link to, each listed once, also when the committee has a nämndmål under one of them', async () => {
    const { town, follow, read, linksUrl } = await fresh();
    const { inject, people, units } = town;
    const welfare = await inject('POST', people.admin, '/api/goals', {
      year: 2015,
      level: 'council',
      number: '3.6',
      title: 'Välfärden är god',
      ownerUnitId: units.kf,
      parentIds: [follow.goals.direction],
    });
    expect(welfare.statusCode, welfare.body).toBe(201);
    const welfareId = welfare.json<{ id: string }>().id;
    for (const goalId of [welfareId, follow.goals.council]) {
      const assigned = await inject(
        'PUT',
        people.admin,
        `/api/goals/${goalId}/assignments/${units.a}`,
      );
      expect(assigned.statusCode, assigned.body).toBeLessThan(300);
    }

    const choices = (await read()).choices.goals.map((g) => g.title);
    expect(choices.filter((t) => t === 'Välfärden är god')).toHaveLength(1);
    expect(choices.filter((t) => t === 'Ekonomin är i balans')).toHaveLength(1);
    expect(new Set(choices).size).toBe(choices.length);

    const made = await inject('PUT', people.controllerA, linksUrl(), {
      goalIds: [welfareId, follow.goals.council],
      indicators: [],
    });
    expect(made.statusCode, made.body).toBe(200);
    const area = (await read()).areas.find((a) => a.name === 'Område A')!;
    expect(area.goals.map((g) => g.title)).toEqual(['Ekonomin är i balans', 'Välfärden är god']);
  });

  test('a council goal assigned to another committee is still refused', async () => {
    const { town, follow, linksUrl } = await fresh();
    const { inject, people, units } = town;
    const assigned = await inject(
      'PUT',
      people.admin,
      `/api/goals/${follow.goals.council}/assignments/${units.b}`,
    );
    expect(assigned.statusCode, assigned.body).toBeLessThan(300);
    const other = await inject('POST', people.admin, '/api/goals', {
      year: 2015,
      level: 'council',
      number: '3.7',
      title: 'Kulturen blomstrar',
      ownerUnitId: units.kf,
      parentIds: [follow.goals.direction],
    });
    const otherId = other.json<{ id: string }>().id;
    await inject('PUT', people.admin, `/api/goals/${otherId}/assignments/${units.b}`);
    const refused = await inject('PUT', people.controllerA, linksUrl(), {
      goalIds: [otherId],
      indicators: [],
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ error: { details: [{ path: 'goalIds.0' }] } });
  });
});
