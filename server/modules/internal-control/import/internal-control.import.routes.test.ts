import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { AuditEntry } from '#contracts/audit.ts';
import type { InternalControlView } from '#contracts/internal-control.ts';
import { as, buildTenant, buildUser, createTestApp, login, type Session } from '#server/testing.ts';
import { internalControlTown } from '../internal-control.testing.ts';

let ctx: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(() => ctx.close());

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Nämnd A with a risk in the plan, its control, the control's T1 follow-up, and a risk outside. */
async function town() {
  const t = await internalControlTown(() => ctx);
  const { risk } = await t.addRisk({
    process: 'Redovisning av representation',
    description: 'Representation redovisas utan syfte och deltagare',
    probability: 3,
    consequence: 2,
    inPlan: true,
    motivation: 'Iakttagelse från revisionen',
  });
  await t.addRisk({ process: 'Taxiresor', probability: 1, consequence: 2 });
  const planned = await t.ok('POST', t.people.reporterA, `${t.base()}/risks/${risk.id}/controls`, {
    what: 'Stickprov av representationsfakturor',
    method: 'Granskning av underlag',
    reportPeriod: 'VB',
  });
  const control = planned.risks[0]!.controls[0]!;
  await t.ok('PUT', t.people.reporterA, `${t.base()}/controls/${control.id}/follow-ups/T1`, {
    performed: true,
    result: 'Tio fakturor granskade',
    deviations: 'Två saknade deltagare',
    measures: 'Påminnelse till chefer',
    responsible: 'Ekonomichefen',
    date: '2015-04-30',
    version: 0,
  });
  const upload = (
    body: string | Buffer,
    session: Session = t.people.reporterA,
    query = 'year=2015',
    type = 'text/csv',
  ) =>
    ctx.app.inject({
      method: 'POST',
      url: `/api/internal-control/import?${query}`,
      headers: { ...as(session), 'content-type': type },
      payload: body,
    });
  const csv = async () => {
    const exported = await t.inject('GET', t.people.reader, `${t.base()}.csv`);
    expect(exported.statusCode).toBe(200);
    return exported.body;
  };
  return { ...t, upload, csv, riskId: risk.id, controlId: control.id };
}

/** What the import may change, without the versions and times of the last change. */
const content = (view: InternalControlView) =>
  view.risks.map(({ version: _v, updatedAt: _u, updatedByName: _n, controls, ...risk }) => ({
    ...risk,
    controls: controls.map(({ version: _cv, updatedAt: _cu, followUps, ...c }) => ({
      ...c,
      followUps: followUps.map(({ version: _fv, updatedAt: _fu, ...f }) => f),
    })),
  }));

const none = { added: 0, changed: 0 };

describe('importing an internal control file', () => {
  test('the export reads back in unchanged, as CSV and as Excel: nothing added, nothing changed', async () => {
    const t = await town();
    const before = await t.read();
    const again = await t.upload(await t.csv());
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json()).toEqual({
      year: 2015,
      dryRun: false,
      units: [{ id: t.units.a, name: 'Nämnd A', risks: none, controls: none, followUps: none }],
    });
    const xlsx = await t.inject('GET', t.people.reader, `${t.base()}.xlsx`);
    expect(xlsx.statusCode).toBe(200);
    const fromExcel = await t.upload(xlsx.rawPayload, t.people.reporterA, 'year=2015', XLSX);
    expect(fromExcel.statusCode, fromExcel.body).toBe(200);
    expect(fromExcel.json().units[0]).toMatchObject({
      risks: none,
      controls: none,
      followUps: none,
    });
    expect(await t.read()).toEqual(before);
  });

  test('changed rows are changed and new ones added through the use cases, audited; nothing is removed; a dry run writes nothing', async () => {
    const t = await town();
    const lines = (await t.csv())
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    const edited = [
      lines[0],
      // the risk's probability from 3 to 4, its T1 follow-up's measures carried out
      lines[1]!
        .replace(';3;2;6;Medel;', ';4;2;8;Hög;')
        .replace(/;Nej;Ekonomichefen;/, ';Ja;Ekonomichefen;'),
      // a follow-up of the same control for T2
      lines[1]!
        .replace(';3;2;6;Medel;', ';4;2;8;Hög;')
        .replace(';T1;', ';T2;')
        .replace('Två saknade deltagare', '')
        .replace('Påminnelse till chefer', '')
        .replace(/;Nej;Ekonomichefen;2015-04-30$/, ';;Ekonomichefen;2015-08-31'),
      // a new risk with a control; the stored "Taxiresor" row is left out
      'Nämnd A;2015;Inköp;Köp utanför avtal;2;3;;;Ja;Hög volym;Avtalstrohet;Stickprov;;Inköpschefen;;T2;;;;;;;;',
    ].join('\n');
    const dry = await t.upload(edited, t.people.reporterA, 'year=2015&dryRun=true');
    expect(dry.statusCode, dry.body).toBe(200);
    const expected = {
      risks: { added: 1, changed: 1 },
      controls: { added: 1, changed: 0 },
      followUps: { added: 1, changed: 1 },
    };
    expect(dry.json()).toMatchObject({ dryRun: true, units: [expected] });
    const before = await t.read();
    expect(content(await t.read())).toEqual(content(before));

    const done = await t.upload(edited);
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ dryRun: false, units: [expected] });
    const after = await t.read();
    expect(after.risks.map((r) => [r.process, r.probability, r.value, r.controls.length])).toEqual([
      ['Redovisning av representation', 4, 8, 1],
      ['Taxiresor', 1, 2, 0],
      ['Inköp', 2, 6, 1],
    ]);
    expect(
      after.risks[0]!.controls[0]!.followUps.map((f) => [f.periodKey, f.measuresDone]),
    ).toEqual([
      ['T1', true],
      ['T2', false],
    ]);
    expect(after.risks[2]!.controls[0]).toMatchObject({
      what: 'Avtalstrohet',
      responsible: 'Inköpschefen',
      reportPeriod: 'T2',
    });
    const audit = async (entity: string, entityId: string) =>
      (
        await t.inject('GET', t.people.admin, `/api/audit?entity=${entity}&entityId=${entityId}`)
      ).json<{ entries: AuditEntry[] }>().entries;
    expect((await audit('internal_control_risk', t.riskId)).map((e) => e.action)).toEqual([
      'update',
      'create',
    ]);
    expect((await audit('internal_control_risk', after.risks[2]!.id)).map((e) => e.action)).toEqual(
      ['create'],
    );
    expect(
      (await audit('internal_control_control', after.risks[2]!.controls[0]!.id)).map(
        (e) => e.action,
      ),
    ).toEqual(['create']);
  });

  test('a bad cell refuses the whole file by row and column; nothing is written', async () => {
    const t = await town();
    const before = await t.read();
    const lines = (await t.csv())
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    const bad = [
      lines[0],
      lines[1]!.replace(';3;2;6;Medel;', ';5;2;6;Medel;'),
      lines[2]!.replace(';Nej;', ';Kanske;'),
      'Nämnd A;2015;Ny risk;;1;1;;;Ja;;Ny kontroll;;;;;T9;;;;;;;;',
    ].join('\n');
    const refused = await t.upload(bad);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.code).toBe('internal_control.invalid_file');
    const issues = refused.json().error.details as { path: string; message: string }[];
    expect(issues.map((i) => [i.path, i.message])).toEqual([
      [
        'Internkontroll!E2',
        expect.stringMatching(/rad 2, kolumn Sannolikhet: '5' är inget heltal från 1 till 4/),
      ],
      ['Internkontroll!I3', expect.stringMatching(/rad 3, kolumn I planen: 'Kanske' är varken Ja/)],
    ]);
    const period = await t.upload([lines[0], bad.split('\n')[3]].join('\n'));
    expect(period.json().error.details[0].message).toMatch(
      /rad 2, kolumn Rapporteras: 'T9' är ingen period 2015/,
    );
    expect(await t.read()).toEqual(before);
  });

  test('a unit the user may not write is refused by row, and a reader may not import at all', async () => {
    const t = await town();
    const refused = await t.upload(
      (await t.csv()) + 'Nämnd B;2015;Inköp;;1;1;;;Nej;;;;;;;;;;;;;;;\n',
    );
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.details.map((i: { message: string }) => i.message)).toEqual([
      expect.stringMatching(/kolumn Enhet: du får inte ändra internkontrollen för Nämnd B/),
    ]);
    const reader = await t.upload(await t.csv(), t.people.reader);
    expect(reader.statusCode).toBe(403);
  });

  test('an adopted plan refuses changed risks and controls by row but takes the follow-up', async () => {
    const t = await town();
    await t.ok('PUT', t.people.approverA, `${t.base()}/adoption`, {
      adoptedOn: '2015-02-10',
      adoptedBy: 'Nämnd A',
      version: 0,
    });
    const lines = (await t.csv())
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    const changed = await t.upload(
      [lines[0], lines[1]!.replace(';3;2;6;Medel;', ';4;2;8;Hög;')].join('\n'),
    );
    expect(changed.statusCode).toBe(422);
    expect(changed.json().error.details[0].message).toMatch(
      /rad 2, kolumn Process\/rutin: Nämnd As plan för 2015 är fastställd/,
    );
    const followUp = await t.upload(
      [lines[0], lines[1]!.replace('Tio fakturor granskade', 'Tolv fakturor granskade')].join('\n'),
    );
    expect(followUp.statusCode, followUp.body).toBe(200);
    expect(followUp.json().units[0].followUps).toEqual({ added: 0, changed: 1 });
  });

  test('a risk with controls is not taken out of the plan; a row left out is not removed', async () => {
    const t = await town();
    const before = await t.read();
    const header = (await t.csv()).replace(/^\uFEFF/, '').split(/\r?\n/)[0];
    const out = `Nämnd A;2015;Redovisning av representation;Representation redovisas utan syfte och deltagare;3;2;6;Medel;Nej;Iakttagelse från revisionen${';'.repeat(14)}`;
    const refused = await t.upload([header, out].join('\n'));
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.details.map((i: { message: string }) => i.message)).toEqual([
      expect.stringMatching(/rad 2, kolumn I planen: risken har kontroller/),
    ]);
    const onlyTaxi = await t.upload(
      [header, `Nämnd A;2015;Taxiresor;;1;2;2;Låg;Nej;${';'.repeat(14)}`].join('\n'),
    );
    expect(onlyTaxi.statusCode, onlyTaxi.body).toBe(200);
    expect(onlyTaxi.json().units[0]).toMatchObject({
      risks: none,
      controls: none,
      followUps: none,
    });
    expect(await t.read()).toEqual(before);
  });

  test('another tenant’s units are not found', async () => {
    const t = await town();
    const before = await t.read();
    const other = await buildTenant(ctx.database);
    const stranger = await login(
      ctx.app,
      (await buildUser(ctx.database, other.id, [{ role: 'admin' }])).email,
    );
    const refused = await t.upload(await t.csv(), stranger);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.details.map((i: { message: string }) => i.message)).toContainEqual(
      expect.stringMatching(/kolumn Enhet: 'Nämnd A' är ingen enhet/),
    );
    expect(await t.read()).toEqual(before);
  });
});
