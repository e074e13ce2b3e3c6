import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ChapterText, ReportTemplate } from '#contracts/reports.ts';
import type { UnitReport } from '#contracts/followup.ts';
import { createTestApp } from '#server/testing.ts';
import { aWorkflowReport } from '../followup/workflow/followup.workflow.testing.ts';
import { chapterRequests, chapterTown } from './reports.routes.testing.ts';
import { defaultTemplate } from './reports.defaults.ts';

/** Report templates and a unit's chapters through the API, on the follow-up town. */
let ctx: Awaited<ReturnType<typeof createTestApp>>;
let t: Awaited<ReturnType<typeof chapterTown>>;
let other: Awaited<ReturnType<typeof chapterTown>>;
const { api, template, saveTemplate, chapters, writeText } = chapterRequests(() => ctx);
const office = () => ({ unitId: t.town.slk, periodId: t.vb });

beforeAll(async () => {
  ctx = await createTestApp();
  t = await chapterTown(() => ctx);
  other = await chapterTown(() => ctx);
});
afterAll(() => ctx.close());

const audit = async (entity: string) =>
  (await api.get(t.town.admin, `/api/audit?entity=${entity}`)).json<{
    entries: { action: string; after: Record<string, unknown> | null }[];
  }>().entries;

describe('a year’s template', () => {
  test('until the tenant stores one, the annual report follows the default: the seed’s chapters', async () => {
    const read = await template(t.reader);
    expect(read).toMatchObject({ year: 2024, periodKind: 'annual', stored: false, version: 0 });
    expect(read.chapters).toEqual(defaultTemplate('annual'));
    expect(read.mayEdit).toBe(false);
    expect((await template(t.controller)).mayEdit).toBe(true);
    expect((await template(t.officeController)).mayEdit).toBe(false);
    const tertial = await template(t.reader, 2024, 'tertial');
    expect(tertial.chapters.length).toBeLessThan(read.chapters.length);
  });

  test('a year the tenant does not have is not found', async () => {
    const response = await api.get(t.reader, '/api/report-templates/2031/annual');
    expect(response.statusCode).toBe(404);
  });

  test('a controller of the whole organisation stores an edited copy; it is audited', async () => {
    const chapters = defaultTemplate('tertial').map((c) =>
      c.key === 'sammanfattande-analys' ? { ...c, heading: 'Inledning och analys' } : c,
    );
    const [first, second, ...rest] = chapters;
    const saved = await saveTemplate(t.controller, [second!, first!, ...rest], 0, 2024, 'tertial');
    expect(saved.statusCode).toBe(200);
    const stored = saved.json<ReportTemplate>();
    expect(stored).toMatchObject({ stored: true, version: 1 });
    expect(stored.chapters.slice(0, 2).map((c) => c.heading)).toEqual([
      'Uppföljning av Kommunfullmäktiges inriktningsmål',
      'Inledning och analys',
    ]);
    expect((await template(t.reader, 2024, 'tertial')).chapters).toEqual(stored.chapters);
    expect((await audit('report_template'))[0]).toMatchObject({ action: 'create' });
  });

  test('a save from an older version is refused with the stored template', async () => {
    const stored = await template(t.reader, 2024, 'tertial');
    const mine = stored.chapters.slice(1);
    const saved = await saveTemplate(t.controller, mine, stored.version, 2024, 'tertial');
    expect(saved.statusCode).toBe(200);
    const late = await saveTemplate(t.town.admin, stored.chapters, stored.version, 2024, 'tertial');
    expect(late.statusCode).toBe(409);
    expect(late.json()).toMatchObject({
      error: { code: 'templates.conflict', details: { current: { version: 2 } } },
    });
    expect((await template(t.reader, 2024, 'tertial')).chapters).toEqual(mine);
  });

  test('a template with a key twice or a parent that is not there is refused by chapter', async () => {
    const [first] = defaultTemplate('annual');
    const response = await saveTemplate(
      t.town.admin,
      [first!, { ...first!, heading: 'Igen' }, { ...first!, key: 'under', parentKey: 'saknas' }],
      0,
      2024,
      'interim',
    );
    expect(response.statusCode).toBe(422);
    expect(
      response.json<{ error: { details: { path: string; code: string }[] } }>().error.details,
    ).toEqual([
      expect.objectContaining({ path: 'chapters.1.key', code: 'templates.duplicate_key' }),
      expect.objectContaining({ path: 'chapters.2.parentKey', code: 'templates.unknown_parent' }),
    ]);
  });

  test('a reader, a reporter and a controller of one office may not change it', async () => {
    for (const session of [t.reader, t.reporter, t.officeController]) {
      const response = await saveTemplate(session, defaultTemplate('month'), 0, 2024, 'month');
      expect(response.statusCode).toBe(403);
    }
  });

  test('another tenant’s template is its own', async () => {
    expect((await template(other.reader, 2024, 'tertial')).stored).toBe(false);
  });
});

describe('a unit’s report as its template’s chapters', () => {
  test('shows the chapters in order, numbered, each with what is missing', async () => {
    const read = await chapters(t.reader, t.town.slk, t.vb);
    expect(read.template).toMatchObject({ periodKind: 'annual', stored: false });
    expect(read.chapters.map((c) => c.key)).toEqual(defaultTemplate('annual').map((c) => c.key));
    const byKey = new Map(read.chapters.map((c) => [c.key, c]));
    expect(byKey.get('resultatenheter')).toMatchObject({ number: '3.2', source: 'no_data' });
    expect(byKey.get('sammanfattande-analys')!.missing).toEqual([{ code: 'text', count: 1 }]);
    const report = (
      await api.get(t.reader, `/api/units/${t.town.slk}/periods/${t.vb}/report`)
    ).json<UnitReport>();
    expect(byKey.get('inriktningsmal')).toMatchObject({
      source: 'goals',
      hasText: false,
      missing: [{ code: 'goals', count: report.missing.length }],
    });
    expect(byKey.get('ovrigt')!.missing).toEqual([]);
    expect(read.may.write).toBe(false);
    expect((await chapters(t.reporter, t.town.slk, t.vb)).may.write).toBe(true);
  });

  test('a reporter writes a chapter’s text; it is shown, no longer missing, and audited', async () => {
    const saved = await writeText(t.reporter, office(), 'synpunkter', 'Inga klagomål.', 0);
    expect(saved.statusCode).toBe(200);
    expect(saved.json<ChapterText>()).toMatchObject({
      text: 'Inga klagomål.',
      version: 1,
      updatedByName: t.reporter.me.user.name,
    });
    const chapter = (await chapters(t.reader, t.town.slk, t.vb)).chapters.find(
      (c) => c.key === 'synpunkter',
    )!;
    expect(chapter).toMatchObject({ text: { text: 'Inga klagomål.' }, missing: [] });
    expect((await audit('report_chapter_text'))[0]).toMatchObject({
      action: 'create',
      after: { text: 'Inga klagomål.' },
    });
  });

  test('a write from an older version is refused with the other person’s text', async () => {
    const at = office();
    expect((await writeText(t.reporter, at, 'intern-kontroll', 'Först.', 0)).statusCode).toBe(200);
    const late = await writeText(t.town.admin, at, 'intern-kontroll', 'Mitt.', 0);
    expect(late.statusCode).toBe(409);
    expect(late.json()).toMatchObject({
      error: {
        code: 'reports.conflict',
        details: { current: { text: 'Först.', version: 1 }, yours: { text: 'Mitt.' } },
      },
    });
  });

  test('a chapter the template lacks, or one without a text, cannot be written', async () => {
    for (const key of ['finns-inte', 'inriktningsmal', 'bilagor'])
      expect((await writeText(t.reporter, office(), key, 'Text', 0)).statusCode).toBe(404);
  });

  test('a reader, a reporter of a unit below, and another tenant may not write it', async () => {
    for (const session of [t.reader, t.economyReporter])
      expect((await writeText(session, office(), 'synpunkter', 'Nej', 1)).statusCode).toBe(403);
    const stranger = await writeText(other.town.admin, office(), 'synpunkter', 'Nej', 1);
    expect(stranger.statusCode).toBe(404);
    const read = await api.get(
      other.town.admin,
      `/api/units/${t.town.slk}/periods/${t.vb}/chapters`,
    );
    expect(read.statusCode).toBe(404);
  });

  test('a renamed and moved chapter keeps its text in the report', async () => {
    const annual = defaultTemplate('annual');
    const moved = [
      { ...annual.find((c) => c.key === 'synpunkter')!, heading: 'Klagomål', parentKey: null },
      ...annual.filter((c) => c.key !== 'synpunkter'),
    ];
    expect((await saveTemplate(t.controller, moved, 0)).statusCode).toBe(200);
    const [first] = (await chapters(t.reader, t.town.slk, t.vb)).chapters;
    expect(first).toMatchObject({
      number: '1',
      heading: 'Klagomål',
      text: { text: 'Inga klagomål.' },
    });
  });
});

describe('an adopted report', () => {
  test('refuses a chapter’s text', async () => {
    const w = await aWorkflowReport(() => ctx);
    await w.bringTo('adopted');
    const at = { unitId: w.town.slk, periodId: w.vb };
    const response = await writeText(w.reporter, at, 'sammanfattande-analys', 'Sent.', 0);
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ error: { code: 'reports.locked' } });
    expect((await chapters(w.reporter, w.town.slk, w.vb)).may.write).toBe(false);
  });
});
