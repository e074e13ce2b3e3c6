import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { AuditEntry } from '#contracts/audit.ts';
import type { FeedbackView } from '#contracts/feedback.ts';
import { as, buildTenant, buildUser, createTestApp, login, type Session } from '#server/testing.ts';
import { economyTown } from '../../economy/economy.testing.ts';

let ctx: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(() => ctx.close());

const url = (unitId: string, year = 2015) => `/api/units/${unitId}/years/${year}/feedback`;

async function town() {
  const t = await economyTown(() => ctx);
  const read = async (unitId: string) => {
    const response = await t.inject('GET', t.people.reader, url(unitId));
    expect(response.statusCode, response.body).toBe(200);
    return response.json<FeedbackView>();
  };
  const upload = (
    body: string | Buffer,
    session: Session = t.people.reporterA,
    query = 'year=2015',
    type = 'text/csv',
  ) =>
    ctx.app.inject({
      method: 'POST',
      url: `/api/feedback/import?${query}`,
      headers: { ...as(session), 'content-type': type },
      payload: body,
    });
  return { ...t, read, upload };
}

const counts = 'Enhet;Typ;Kategori;Kanal;Antal';
const surveys = 'Enhet;Enkät;Andel nöjda (%);Svarande;Svarsfrekvens (%);Skala;Nöjd räknas som';

describe('importing a feedback file', () => {
  test('a bad cell refuses the whole file, naming its row and column; nothing is written', async () => {
    const t = await town();
    const csv = [
      counts,
      'Nämnd A;Klagomål;Bemötande;Tyck till;12',
      'Enhet R;Beröm;Bemötande;E-post;12,5',
      'Enhet R;Ris;Bemötande;E-post;3',
    ].join('\n');
    const refused = await t.upload(csv);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.code).toBe('feedback.invalid_file');
    const issues = refused.json().error.details as { path: string; message: string }[];
    expect(issues.map((i) => [i.path, i.message])).toEqual([
      ['Synpunkter!E3', expect.stringMatching(/rad 3, kolumn Antal: '12,5' är inget heltal/)],
      ['Synpunkter!B4', expect.stringMatching(/rad 4, kolumn Typ: 'Ris' är ingen typ/)],
    ]);
    expect((await t.read(t.units.a)).current.feedback).toBeNull();
  });

  test('an unknown unit, a unit the reporter may not write and a row given twice are refused by row', async () => {
    const t = await town();
    const csv = [
      counts,
      'Nämnd A;Klagomål;Bemötande;Tyck till;12',
      'Okänd enhet;Klagomål;Bemötande;Tyck till;1',
      'Nämnd B;Klagomål;Bemötande;Tyck till;1',
      'Nämnd A;klagomål;bemötande;Tyck till;2',
    ].join('\n');
    const refused = await t.upload(csv);
    expect(refused.statusCode).toBe(422);
    const messages = (refused.json().error.details as { message: string }[]).map((i) => i.message);
    expect(messages).toEqual([
      expect.stringMatching(/rad 3, kolumn Enhet: 'Okänd enhet' är ingen enhet/),
      expect.stringMatching(/rad 4, kolumn Enhet: du får inte rapportera för Nämnd B/),
      expect.stringMatching(/rad 5, kolumn Kanal: .*finns redan på rad 2/),
    ]);
    const unknownColumn = await t.upload(`${counts};Kön\nNämnd A;Beröm;Bemötande;Tyck till;1;K`);
    expect(unknownColumn.json().error.details[0].message).toMatch(/kolumn Kön: okänd kolumn/);
  });

  test('a good file replaces the counts of the units it names, keeps themes and surveys, audited; a dry run writes nothing', async () => {
    const t = await town();
    const saved = await t.inject('PUT', t.people.reporterA, url(t.units.a), {
      counts: [{ kind: 'complaint', category: 'Gammal', channel: 'Brev', count: 99 }],
      themes: 'Väntetider.',
      actions: 'Fler handläggare.',
      surveys: [
        {
          name: 'Brukarundersökning',
          satisfiedShare: 80,
          respondents: 100,
          responseRate: 50,
          scale: '1–10',
          satisfiedMeans: '8–10',
        },
      ],
      version: 0,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const csv = [
      counts,
      'Nämnd A;Klagomål;Bemötande;Tyck till;12',
      'Nämnd A;Förbättringsförslag;Öppettider;E-post;3',
      'Enhet R;Beröm;Bemötande;Telefon;7',
    ].join('\r\n');
    const dry = await t.upload(csv, t.people.reporterA, 'year=2015&dryRun=true');
    expect(dry.statusCode, dry.body).toBe(200);
    expect(dry.json()).toMatchObject({
      dryRun: true,
      units: [
        { name: 'Nämnd A', counts: 2, surveys: null },
        { name: 'Enhet R', counts: 1, surveys: null },
      ],
    });
    expect((await t.read(t.units.a)).current.totals!.total).toBe(99);
    const done = await t.upload(csv);
    expect(done.statusCode, done.body).toBe(200);
    const a = await t.read(t.units.a);
    expect(a.current.totals).toMatchObject({ complaint: 12, suggestion: 3, total: 15 });
    expect(a.current.feedback).toMatchObject({
      themes: 'Väntetider.',
      actions: 'Fler handläggare.',
      surveys: [{ name: 'Brukarundersökning', satisfiedShare: 80 }],
    });
    expect((await t.read(t.units.r)).current.totals!.praise).toBe(7);
    const audit = await t.inject(
      'GET',
      t.people.admin,
      `/api/audit?entity=feedback_years&entityId=${t.units.a}`,
    );
    const entries = audit.json<{ entries: AuditEntry[] }>().entries;
    expect(entries.map((e) => e.action).sort()).toEqual(['create', 'update']);
  });

  test('a survey file replaces the surveys of the units it names; a share above 100 is refused', async () => {
    const t = await town();
    const bad = await t.upload(
      [surveys, 'Nämnd A;Brukarundersökning;104;120;64;1–10;8–10 på en tiogradig skala'].join('\n'),
    );
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.details[0]).toMatchObject({
      path: 'Enkäter!C2',
      message: expect.stringMatching(/Andel nöjda \(%\): '104' är mer än 100 procent/),
    });
    const good = await t.upload(
      [surveys, 'Nämnd A;Brukarundersökning;79,5;120;64;1–10;8–10 på en tiogradig skala'].join(
        '\n',
      ),
    );
    expect(good.statusCode, good.body).toBe(200);
    expect((await t.read(t.units.a)).current.feedback!.surveys).toEqual([
      {
        name: 'Brukarundersökning',
        satisfiedShare: 79.5,
        respondents: 120,
        responseRate: 64,
        scale: '1–10',
        satisfiedMeans: '8–10 på en tiogradig skala',
      },
    ]);
  });

  test('the export is the import’s file and reads back in unchanged, as CSV and as Excel', async () => {
    const t = await town();
    const year = {
      counts: [
        { kind: 'complaint', category: 'Bemötande', channel: 'Tyck till', count: 108 },
        { kind: 'praise', category: 'Bemötande', channel: 'Tyck till', count: 64 },
      ],
      themes: 'Väntetider.',
      actions: '',
      surveys: [
        {
          name: '=Brukarundersökning',
          satisfiedShare: 72.5,
          respondents: null,
          responseRate: 64,
          scale: '1–5',
          satisfiedMeans: '4–5',
        },
      ],
    };
    await t.inject('PUT', t.people.reporterA, url(t.units.a), { ...year, version: 0 });
    const before = (await t.read(t.units.a)).current;
    for (const part of ['counts', 'surveys']) {
      const exported = await t.inject(
        'GET',
        t.people.reader,
        `/api/years/2015/feedback/export?format=csv&part=${part}`,
      );
      expect(exported.statusCode).toBe(200);
      expect(exported.headers['content-type']).toContain('text/csv');
      expect(exported.body).toContain('Nämnd A');
      const again = await t.upload(exported.body);
      expect(again.statusCode, again.body).toBe(200);
    }
    const xlsx = await t.inject('GET', t.people.reader, '/api/years/2015/feedback/export');
    expect(xlsx.statusCode).toBe(200);
    const again = await t.upload(
      xlsx.rawPayload,
      t.people.reporterA,
      'year=2015',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json().units).toEqual([
      expect.objectContaining({ name: 'Nämnd A', counts: 2, surveys: 1 }),
    ]);
    const after = (await t.read(t.units.a)).current;
    expect(after.feedback).toEqual(before.feedback);
    expect(after.version).toBe(before.version + 3);
  });

  test('another tenant’s reporter cannot import into or export this tenant’s units', async () => {
    const t = await town();
    await t.inject('PUT', t.people.reporterA, url(t.units.a), {
      counts: [{ kind: 'complaint', category: 'Bemötande', channel: 'Tyck till', count: 5 }],
      version: 0,
    });
    const other = await buildTenant(ctx.database);
    const stranger = await login(
      ctx.app,
      (await buildUser(ctx.database, other.id, [{ role: 'admin' }])).email,
    );
    const refused = await t.upload(`${counts}\nNämnd A;Klagomål;Bemötande;Tyck till;1`, stranger);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.details[0].message).toMatch(/'Nämnd A' är ingen enhet/);
    const exported = await t.inject('GET', stranger, '/api/years/2015/feedback/export?format=csv');
    expect(exported.body).not.toContain('Nämnd A');
    expect((await t.read(t.units.a)).current.totals!.complaint).toBe(5);
  });
});
