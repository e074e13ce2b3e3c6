import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { AuditEntry } from '#contracts/audit.ts';
import type { StaffRollUp, StaffView } from '#contracts/hr.ts';
import { as, buildTenant, buildUser, createTestApp, login, type Session } from '#server/testing.ts';
import { economyTown } from '../economy/economy.testing.ts';
import { computedTown } from '../indicators/indicators.computed.testing.ts';

let ctx: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(() => ctx.close());

const staffUrl = (unitId: string, year = 2015) =>
  `/api/units/${unitId}/years/${year}/staff-figures`;

const figures = (scheduled: number, sick: number, women: number, men: number) => ({
  employment: [{ form: 'permanent', headcountWomen: women, headcountMen: men }],
  sickLeave: {
    scheduledWomen: scheduled,
    scheduledMen: scheduled,
    shortWomen: sick,
    shortMen: 0,
    longWomen: 0,
    longMen: sick,
  },
  indices: [{ key: 'ami', value: women > men ? 80 : 90, respondents: women + men }],
});

async function town() {
  const t = await economyTown(() => ctx);
  const read = async (unitId: string, session: Session = t.people.reader, year = 2015) => {
    const response = await t.inject('GET', session, staffUrl(unitId, year));
    expect(response.statusCode, response.body).toBe(200);
    return response.json<StaffView>();
  };
  const write = (
    unitId: string,
    body: object,
    session: Session = t.people.reporterA,
    year = 2015,
  ) => t.inject('PUT', session, staffUrl(unitId, year), body);
  const upload = (csv: string, session: Session = t.people.reporterA, query = 'year=2015') =>
    ctx.app.inject({
      method: 'POST',
      url: `/api/staff-figures/import?${query}`,
      headers: { ...as(session), 'content-type': 'text/csv' },
      payload: csv,
    });
  return { ...t, economyTown: t, read, write, upload };
}

describe('a unit’s staff key figures', () => {
  test('a reporter types them; the view shows them computed with last year’s beside them', async () => {
    const t = await town();
    expect(
      (
        await t.write(
          t.units.r,
          { ...figures(1000, 20, 6, 4), version: 0 },
          t.people.reporterA,
          2014,
        )
      ).statusCode,
    ).toBe(200);
    const saved = await t.write(t.units.r, { ...figures(1000, 30, 7, 3), version: 0 });
    expect(saved.statusCode, saved.body).toBe(200);
    const view = await t.read(t.units.r);
    expect(view.current.version).toBe(1);
    expect(view.current.computed).toMatchObject({
      headcount: 10,
      shareWomen: 70,
      sickTotal: 3,
      sickShort: 1.5,
      sickLong: 1.5,
    });
    expect(view.previous.computed).toMatchObject({ headcount: 10, sickTotal: 2 });
    expect(view.indices.map((i) => i.key)).toEqual([
      'ami',
      'leadership',
      'motivation',
      'governance',
    ]);
    expect(view.may.write).toBe(false);
    expect((await t.read(t.units.r, t.people.reporterA)).may.write).toBe(true);
  });

  test('a second writer from an old version is refused with both versions; nothing changes', async () => {
    const t = await town();
    await t.write(t.units.a, { ...figures(1000, 10, 5, 5), version: 0 });
    const late = await t.write(t.units.a, { ...figures(1000, 99, 5, 5), version: 0 });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe('hr.conflict');
    expect(late.json().error.details.current.figures.sickLeave.shortWomen).toBe(10);
    expect((await t.read(t.units.a)).current.computed!.sickShort).toBe(0.5);
  });

  test('bad input is refused by field and writes nothing', async () => {
    const t = await town();
    const bad = await t.write(t.units.a, {
      ...figures(1000, 10, 5, 5),
      sickLeave: { scheduledWomen: -1 },
      version: 0,
    });
    expect(bad.statusCode).toBe(422);
    expect(JSON.stringify(bad.json().error.details)).toContain('sickLeave.scheduledWomen');
    expect((await t.read(t.units.a)).current.figures).toBeNull();
  });

  test('every write is audited with what was there before', async () => {
    const t = await town();
    await t.write(t.units.a, { ...figures(1000, 10, 5, 5), version: 0 });
    await t.write(t.units.a, { ...figures(1000, 20, 5, 5), version: 1 });
    const audit = await t.inject(
      'GET',
      t.people.admin,
      `/api/audit?entity=hr_staff_figures&entityId=${t.units.a}`,
    );
    const entries = audit.json<{ entries: AuditEntry[] }>().entries;
    expect(entries.map((e) => e.action).sort()).toEqual(['create', 'update']);
  });
});

describe('the roll-up over the organisation', () => {
  test('Nämnd A and Enhet R add up by hours, headcount and respondents', async () => {
    const t = await town();
    await t.write(t.units.a, { ...figures(100, 10, 1, 1), version: 0 });
    await t.write(t.units.r, { ...figures(10_000, 100, 30, 10), version: 0 });
    const response = await t.inject('GET', t.people.reader, `${staffUrl(t.units.a)}/rollup`);
    expect(response.statusCode, response.body).toBe(200);
    const rollUp = response.json<StaffRollUp>();
    expect(rollUp.units.map((u) => [u.name, u.depth])).toEqual([
      ['Nämnd A', 0],
      ['Enhet R', 1],
    ]);
    expect(rollUp.total.headcount).toBe(42);
    expect(rollUp.total.sickTotal).toBeCloseTo((220 * 100) / 20_200, 9);
    // AMI 90 from 2 and 80 from 40 respondents
    expect(rollUp.total.indices[0]).toEqual({
      key: 'ami',
      value: (90 * 2 + 80 * 40) / 42,
      respondents: 42,
    });
    expect(rollUp.unweighed).toEqual([]);
  });
});

describe('who may read and write', () => {
  test('unit roles apply: a reporter of Nämnd A writes below it, not elsewhere; another tenant sees nothing', async () => {
    const t = await town();
    expect((await t.write(t.units.b, { ...figures(1, 0, 1, 1), version: 0 })).statusCode).toBe(403);
    expect((await t.inject('GET', t.people.controllerB, staffUrl(t.units.a))).statusCode).toBe(403);
    expect(
      (await t.write(t.units.r, { ...figures(1, 0, 1, 1), version: 0 }, t.people.reader))
        .statusCode,
    ).toBe(403);
    const other = await buildTenant(ctx.database);
    const stranger = await login(
      ctx.app,
      (await buildUser(ctx.database, other.id, [{ role: 'admin' }])).email,
    );
    expect((await t.inject('GET', stranger, staffUrl(t.units.a))).statusCode).toBe(404);
    expect(
      (await t.write(t.units.a, { ...figures(1, 0, 1, 1), version: 0 }, stranger)).statusCode,
    ).toBe(404);
  });

  test('only a tenant administrator names the survey indices of a year', async () => {
    const t = await town();
    const indices = {
      version: 0,
      indices: [
        { key: 'ami', name: 'AMI' },
        { key: 'hme', name: 'HME' },
      ],
    };
    expect(
      (await t.inject('PUT', t.people.controllerA, '/api/years/2016/staff-indices', indices))
        .statusCode,
    ).toBe(403);
    const named = await t.inject('PUT', t.people.admin, '/api/years/2016/staff-indices', indices);
    expect(named.statusCode, named.body).toBe(200);
    expect((await t.read(t.units.a, t.people.reader, 2016)).indices.map((i) => i.name)).toEqual([
      'AMI',
      'HME',
    ]);
    expect((await t.read(t.units.a)).indices).toHaveLength(4);
  });
});

const header =
  'Enhet;Tillsvidare kvinnor;Tillsvidare män;Schemalagd tid kvinnor;Schemalagd tid män;Sjuktimmar dag 1-14 kvinnor;Sjuktimmar dag 1-14 män;Sjuktimmar dag 15– kvinnor;Sjuktimmar dag 15– män;Aktivt medskapandeindex (AMI);Aktivt medskapandeindex (AMI) svarande';

describe('importing a staff figure file', () => {
  test('a bad cell refuses the whole file, naming its row and column; nothing is written', async () => {
    const t = await town();
    const csv = [
      header,
      'Nämnd A;5;5;1000;1000;10;10;0;0;80;10',
      'Enhet R;7;3;2015-03-01;1000;0;0;0;0;82;9',
    ].join('\n');
    const refused = await t.upload(csv);
    expect(refused.statusCode).toBe(422);
    const issues = refused.json().error.details as { path: string; message: string }[];
    expect(issues).toEqual([
      expect.objectContaining({
        path: 'Personal!D3',
        message: expect.stringMatching(
          /rad 3, kolumn Schemalagd tid kvinnor: '2015-03-01' är ett datum/,
        ),
      }),
    ]);
    expect((await t.read(t.units.a)).current.figures).toBeNull();
  });

  test('a truth value, an unknown unit and a unit the reporter may not write are refused by row', async () => {
    const t = await town();
    const csv = [
      header,
      'Nämnd A;SANT;5;;;;;;;;',
      'Okänd enhet;1;1;;;;;;;;',
      'Nämnd B;1;1;;;;;;;;',
    ].join('\n');
    const refused = await t.upload(csv);
    expect(refused.statusCode).toBe(422);
    // The cells are checked first: the unit problems come only once every cell reads.
    expect(refused.json().error.details[0].message).toMatch(
      /rad 2, kolumn Tillsvidare kvinnor: 'SANT' är ett sanningsvärde/,
    );
    const units = await t.upload(csv.replace('SANT', '5'));
    const messages = (units.json().error.details as { message: string }[]).map((i) => i.message);
    expect(messages).toEqual([
      expect.stringMatching(/rad 3, kolumn Enhet: 'Okänd enhet' är ingen enhet/),
      expect.stringMatching(/rad 4, kolumn Enhet: du får inte rapportera för Nämnd B/),
    ]);
  });

  test('a good file writes every unit’s row, and the roll-up shows it', async () => {
    const t = await town();
    const csv = [
      header,
      'Nämnd A;5;5;1000;1000;10;10;0;0;80;10',
      'Enhet R;7;3;1000;1000;0;0;20;20;90;30',
    ].join('\r\n');
    const dry = await t.upload(csv, t.people.reporterA, 'year=2015&dryRun=true');
    expect(dry.json()).toMatchObject({
      dryRun: true,
      units: [
        { name: 'Nämnd A', row: 2 },
        { name: 'Enhet R', row: 3 },
      ],
    });
    expect((await t.read(t.units.a)).current.figures).toBeNull();
    const done = await t.upload(csv);
    expect(done.statusCode, done.body).toBe(200);
    const rollUp = (
      await t.inject('GET', t.people.reader, `${staffUrl(t.units.a)}/rollup`)
    ).json<StaffRollUp>();
    expect(rollUp.total).toMatchObject({
      headcount: 20,
      sickTotal: 1.5,
      sickShort: 0.5,
      sickLong: 1,
    });
    expect(rollUp.total.indices[0]).toEqual({ key: 'ami', value: 87.5, respondents: 40 });
  });

  test('the export is the import’s template, and reads back in unchanged', async () => {
    const t = await town();
    await t.write(t.units.a, { ...figures(1000, 10, 5, 5), version: 0 });
    const exported = await t.inject(
      'GET',
      t.people.reader,
      '/api/years/2015/staff-figures/export?format=csv',
    );
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-type']).toContain('text/csv');
    expect(exported.body).toContain('Nämnd A');
    const again = await t.upload(exported.body);
    expect(again.statusCode, again.body).toBe(200);
    expect((await t.read(t.units.a)).current.computed!.sickTotal).toBe(1);
  });
});

describe('indicators computed from staff figures', () => {
  test('an indicator with the source hr.sickLeave.total takes its outcome from the unit’s figures', async () => {
    const t = await town();
    const follow = await computedTown(t.economyTown);
    const set = await follow.setFormula(follow.indicators.cases, {
      kind: 'staff',
      source: 'hr.sickLeave.total',
    });
    expect(set.statusCode, set.body).toBe(200);
    await t.write(t.units.r, { ...figures(1000, 30, 7, 3), version: 0 });
    const report = await follow.report();
    const row = report.indicators.find((i) => i.indicator.id === follow.indicators.cases)!;
    expect(row.outcome?.value).toBe('3');
  });
});
