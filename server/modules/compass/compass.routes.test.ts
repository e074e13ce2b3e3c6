import { stringify } from 'csv-stringify/sync';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { AuditEntry } from '#contracts/audit.ts';
import type { EvaluationSummary, EvaluationView } from '#contracts/compass.ts';
import { as, buildUser, login, createTestApp, type Session } from '#server/testing.ts';
import { compass2021 } from '../../../demo/compass2021.ts';
import { economyTown } from '../economy/economy.testing.ts';
import { compassSheet } from './compass.sheet.rules.ts';

let ctx: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(() => ctx.close());

const demoCsv = () =>
  stringify(
    compassSheet(compass2021).rows.map((cells) => cells.map((c) => (c === null ? '' : String(c)))),
    { delimiter: ';' },
  );

/** A town (economy.testing.ts: Kommunfullmäktige over Nämnd A and B, year 2015) with its
 * council's controller, and helpers for the Kommunkompassen routes. */
async function town() {
  const t = await economyTown(() => ctx);
  const kfController = await login(
    ctx.app,
    (await buildUser(ctx.database, t.tenant.id, [{ role: 'controller', unitId: t.units.kf }]))
      .email,
  );
  const upload = (csv: string, session: Session = t.people.admin, dryRun = false) =>
    ctx.app.inject({
      method: 'POST',
      url: `/api/compass/evaluations/import${dryRun ? '?dryRun=true' : ''}`,
      headers: { ...as(session), 'content-type': 'text/csv' },
      payload: csv,
    });
  const list = async (session: Session = t.people.reader) => {
    const response = await t.inject('GET', session, '/api/compass/evaluations');
    expect(response.statusCode, response.body).toBe(200);
    return response.json<EvaluationSummary[]>();
  };
  const view = async (id: string, session: Session = t.people.reader) => {
    const response = await t.inject('GET', session, `/api/compass/evaluations/${id}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<EvaluationView>();
  };
  const seeded = async () => {
    const made = await upload(demoCsv());
    expect(made.statusCode, made.body).toBe(200);
    return made.json<{ id: string }>().id;
  };
  return { ...t, kfController, upload, list, view, seeded };
}

describe('Stockholm’s 2021 evaluation, imported from the demo’s transcription', () => {
  test('every role reads the table as printed: area 3 is 85, the total 606 of 800, strongest 3, 2, 4', async () => {
    const t = await town();
    const id = await t.seeded();
    expect(await t.list()).toEqual([
      { id, heldIn: '2021-02', ordinal: 2, total: { achieved: 606, max: 800, percent: 76 } },
    ]);
    const view = await t.view(id);
    const three = view.areas.find((a) => a.no === 3)!;
    expect(three.score).toEqual({ achieved: 85, max: 100, percent: 85 });
    expect(three.subAreas.map((s) => [s.no, s.achieved, s.max])).toEqual([
      ['3.1', 10, 10],
      ['3.2', 32, 40],
      ['3.3', 27, 30],
      ['3.4', 16, 20],
    ]);
    expect(view.total).toEqual({ achieved: 606, max: 800, percent: 76 });
    expect(view.strongest).toEqual([3, 2, 4]);
    expect(view.weakest[0]).toBe(1);
    expect(view.comparison).toBeNull();
    expect(view.may.edit).toBe(false);
    expect((await t.view(id, t.people.admin)).may.edit).toBe(true);
  });

  test('the printed figures that do not add up are flagged with both numbers (A10, A11)', async () => {
    const t = await town();
    const view = await t.view(await t.seeded());
    expect(
      view.mismatches.map((m) => [m.kind, m.areaNo, m.subAreaNo, m.printed, m.computed]),
    ).toEqual([
      ['section_points', 1, null, 70, 66],
      ['sub_area_percent', 4, '4.2', 81, 80],
      ['section_points', 5, null, 69, 70],
      ['section_points', 6, null, 72, 73],
      ['section_points', 8, null, 75, 76],
    ]);
    const four = view.areas.find((a) => a.no === 4)!;
    expect(four.subAreas.find((s) => s.no === '4.2')).toMatchObject({
      printedPercent: 81,
      percent: 80,
    });
    expect(four.sectionPoints).toBeNull();
  });

  test('strengths and improvement points per area as printed', async () => {
    const t = await town();
    const view = await t.view(await t.seeded());
    const one = view.areas.find((a) => a.no === 1)!;
    expect(one.points.filter((p) => p.kind === 'strength')).toHaveLength(9);
    expect(one.points.filter((p) => p.kind === 'improvement').map((p) => p.text)[0]).toBe(
      'Tydligare strategi för demokratiarbetet',
    );
    expect(view.areas.every((a) => a.points.some((p) => p.kind === 'improvement'))).toBe(true);
  });

  test('a later evaluation is compared with the earlier one per area and sub-area', async () => {
    const t = await town();
    await t.seeded();
    const later = demoCsv()
      .replace('Månad;;2021-02', 'Månad;;2024-03')
      .replace(
        'Delområde;1.1;Strategi för demokratiutveckling och information;11;',
        'Delområde;1.1;Strategi för demokratiutveckling och information;15;',
      );
    const made = await t.upload(later);
    expect(made.statusCode, made.body).toBe(200);
    const view = await t.view(made.json<{ id: string }>().id);
    expect(view.comparison!.earlier.heldIn).toBe('2021-02');
    expect(view.comparison!.total.points).toBe(4);
    const one = view.comparison!.areas.find((a) => a.no === 1)!;
    expect(one).toMatchObject({ points: 4, percentPoints: 4 });
    expect(one.subAreas.find((s) => s.no === '1.1')).toMatchObject({
      points: 4,
      percentPoints: 20,
    });
  });
});

describe('the file: export, import all or nothing', () => {
  test('the CSV export reads back in unchanged once the old evaluation is removed', async () => {
    const t = await town();
    const id = await t.seeded();
    const exported = await t.inject(
      'GET',
      t.people.reader,
      `/api/compass/evaluations/${id}/export?format=csv`,
    );
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-type']).toContain('text/csv');
    const before = await t.view(id);
    const removed = await ctx.app.inject({
      method: 'DELETE',
      url: `/api/compass/evaluations/${id}`,
      headers: as(t.people.admin),
    });
    expect(removed.statusCode, removed.body).toBe(204);
    expect(await t.list()).toEqual([]);
    const again = await t.upload(exported.body);
    expect(again.statusCode, again.body).toBe(200);
    const after = await t.view(again.json<{ id: string }>().id);
    expect({
      ...after,
      id: '',
      areas: after.areas.map((a) => ({ ...a, points: a.points.map((p) => p.text) })),
    }).toEqual({
      ...before,
      id: '',
      areas: before.areas.map((a) => ({ ...a, points: a.points.map((p) => p.text) })),
    });
    const xlsx = await t.inject('GET', t.people.reader, `/api/compass/evaluations/${id}/export`);
    expect(xlsx.statusCode).toBe(404);
  });

  test('a bad cell refuses the whole file naming row and column; nothing is stored', async () => {
    const t = await town();
    const bad = demoCsv().replace(
      'Delområde;3.2;Politisk styrning;32;',
      'Delområde;3.2;Politisk styrning;trettio;',
    );
    const refused = await t.upload(bad);
    expect(refused.statusCode).toBe(422);
    const issues = refused.json<{ error: { details: { message: string }[] } }>().error.details;
    const row =
      demoCsv()
        .split('\n')
        .findIndex((line) => line.startsWith('Delområde;3.2')) + 1;
    expect(issues.map((i) => i.message)).toEqual([
      `Blad Kommunkompassen, rad ${row}, kolumn Uppnått: 'trettio' är inget heltal`,
    ]);
    expect(await t.list()).toEqual([]);
  });

  test('points over the maximum, a sub-area outside its area, an unknown column and a second file of the same month are refused', async () => {
    const t = await town();
    const over = demoCsv().replace(
      'Delområde;3.1;Strategi för styrning;10;10',
      'Delområde;3.1;Strategi för styrning;12;10',
    );
    const refused = await t.upload(over);
    expect(refused.statusCode).toBe(422);
    expect(refused.body).toContain('kolumn Uppnått: must not exceed the maximum 10');
    const unknown = await t.upload(demoCsv().replace('Rubrik i avsnittet', 'Färg'));
    expect(unknown.statusCode).toBe(422);
    expect(unknown.body).toContain('rad 1, kolumn Färg: okänd kolumn');
    const orphan = await t.upload(`${demoCsv()}Delområde;9.1;Nytt;1;2;50\n`);
    expect(orphan.statusCode).toBe(422);
    expect(orphan.body).toContain('område 9 har ingen rad av typen Område');
    expect(await t.list()).toEqual([]);
    await t.seeded();
    const twice = await t.upload(demoCsv());
    expect(twice.statusCode).toBe(422);
    expect(twice.body).toContain('rad 2, kolumn Text: det finns redan en utvärdering från 2021-02');
    expect(await t.list()).toHaveLength(1);
  });

  test('a dry run checks and writes nothing', async () => {
    const t = await town();
    const dry = await t.upload(demoCsv(), t.people.admin, true);
    expect(dry.statusCode, dry.body).toBe(200);
    expect(dry.json()).toMatchObject({ dryRun: true, id: null, areas: 8, subAreas: 35 });
    expect(await t.list()).toEqual([]);
  });
});

describe('who may write', () => {
  test('the council’s controller imports; a committee’s controller and a reporter may not', async () => {
    const t = await town();
    expect((await t.upload(demoCsv(), t.people.controllerA)).statusCode).toBe(403);
    expect((await t.upload(demoCsv(), t.people.reporterA)).statusCode).toBe(403);
    expect(await t.list()).toEqual([]);
    const made = await t.upload(demoCsv(), t.kfController);
    expect(made.statusCode, made.body).toBe(200);
    const audit = await t.inject(
      'GET',
      t.people.admin,
      `/api/audit?entity=compass_evaluation&entityId=${made.json<{ id: string }>().id}`,
    );
    const entries = audit.json<{ entries: AuditEntry[] }>().entries;
    expect(entries.map((e) => e.action)).toEqual(['create']);
  });

  test('another tenant sees none of it', async () => {
    const t = await town();
    const id = await t.seeded();
    const other = await town();
    expect(await other.list(other.people.admin)).toEqual([]);
    expect(
      (await other.inject('GET', other.people.admin, `/api/compass/evaluations/${id}`)).statusCode,
    ).toBe(404);
    const point = (await t.view(id)).areas[0]!.points.find((p) => p.kind === 'improvement')!;
    const made = await other.inject(
      'POST',
      other.people.admin,
      `/api/compass/points/${point.id}/activity`,
      {
        responsibleUnitId: other.units.a,
        year: 2015,
      },
    );
    expect(made.statusCode).toBe(404);
    const removed = await ctx.app.inject({
      method: 'DELETE',
      url: `/api/compass/evaluations/${id}`,
      headers: as(other.people.admin),
    });
    expect(removed.statusCode).toBe(404);
  });
});

describe('an improvement point becomes a tracked assignment', () => {
  test('a committee’s controller makes one for its committee; the view shows it linked, the activity says where it came from', async () => {
    const t = await town();
    const id = await t.seeded();
    const point = (await t.view(id)).areas[0]!.points.find((p) => p.kind === 'improvement')!;
    const url = `/api/compass/points/${point.id}/activity`;
    expect(
      (
        await t.inject('POST', t.people.controllerA, url, {
          responsibleUnitId: t.units.b,
          year: 2015,
        })
      ).statusCode,
    ).toBe(403);
    const made = await t.inject('POST', t.people.controllerA, url, {
      responsibleUnitId: t.units.a,
      year: 2015,
    });
    expect(made.statusCode, made.body).toBe(201);
    const { activityId } = made.json<{ activityId: string }>();
    const linked = (await t.view(id)).areas[0]!.points.find((p) => p.id === point.id)!;
    expect(linked.activity).toEqual({
      id: activityId,
      title: 'Tydligare strategi för demokratiarbetet',
      year: 2015,
      unitId: t.units.a,
      unitName: 'Nämnd A',
      status: null,
    });
    const again = await t.inject('POST', t.people.controllerA, url, {
      responsibleUnitId: t.units.a,
      year: 2015,
    });
    expect(again.statusCode).toBe(422);
    const strength = (await t.view(id)).areas[0]!.points.find((p) => p.kind === 'strength')!;
    const refused = await t.inject(
      'POST',
      t.people.admin,
      `/api/compass/points/${strength.id}/activity`,
      { responsibleUnitId: t.units.a, year: 2015 },
    );
    expect(refused.statusCode).toBe(422);
    const noYear = await t.inject(
      'POST',
      t.people.admin,
      `/api/compass/points/${(await t.view(id)).areas[1]!.points.find((p) => p.kind === 'improvement')!.id}/activity`,
      { responsibleUnitId: t.units.a, year: 2016 },
    );
    expect(noYear.statusCode).toBe(404);
    const activityAudit = await t.inject(
      'GET',
      t.people.admin,
      `/api/audit?entity=activity&entityId=${activityId}`,
    );
    const created = activityAudit.json<{ entries: AuditEntry[] }>().entries[0]!;
    expect(JSON.stringify(created.after)).toContain(
      'Förbättringsmöjlighet i Kommunkompassen 2021-02, område 1 Offentlighet och demokrati',
    );
    const pointAudit = await t.inject(
      'GET',
      t.people.admin,
      `/api/audit?entity=compass_point&entityId=${point.id}`,
    );
    expect(pointAudit.json<{ entries: AuditEntry[] }>().entries.map((e) => e.action)).toEqual([
      'update',
    ]);
  });
});
