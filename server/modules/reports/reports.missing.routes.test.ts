import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { PublicReport } from '#contracts/portal.ts';
import type { ReportChapters, TemplateChapter } from '#contracts/reports.ts';
import { createTestApp } from '#server/testing.ts';
import { aWorkflowReport } from '../followup/workflow/followup.workflow.testing.ts';
import { defaultTemplate } from './reports.defaults.ts';
import { chapterRequests } from './reports.routes.testing.ts';

/** A required chapter text that is empty keeps the report from being marked ready. */
let ctx: Awaited<ReturnType<typeof createTestApp>>;
const { saveTemplate, chapters, writeText } = chapterRequests(() => ctx);

beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(() => ctx.close());

const byKey = (key: string) => defaultTemplate('annual').find((c) => c.key === key)!;
/** The tenant's own annual template: the summary required, the goals, "Övrigt" optional. */
const own: TemplateChapter[] = [
  byKey('sammanfattande-analys'),
  byKey('inriktningsmal'),
  { ...byKey('ovrigt'), required: false },
];

describe('a chapter the tenant’s template requires', () => {
  test('with the built-in template, chapters are not in the report’s missing list', async () => {
    const w = await aWorkflowReport(() => ctx);
    const report = await w.reportOf(w.reporter);
    expect(report.missing.filter((m) => m.kind === 'chapter')).toEqual([]);
    await w.bringTo('ready');
  });

  test('is listed as missing while empty, refuses the submit by name, and lets it through once written', async () => {
    const w = await aWorkflowReport(() => ctx);
    expect((await saveTemplate(w.town.admin, own, 0)).statusCode).toBe(200);
    const report = await w.reportOf(w.reporter);
    expect(report.missing.filter((m) => m.kind === 'chapter')).toEqual([
      { kind: 'chapter', id: 'sammanfattande-analys', title: 'Sammanfattande analys' },
    ]);
    // The goal follow-up chapter counts the goal items only.
    const read: ReportChapters = await chapters(w.reporter, w.town.slk, w.vb);
    const goals = read.chapters.find((c) => c.key === 'inriktningsmal')!;
    expect(goals.missing).toEqual([{ code: 'goals', count: report.missing.length - 1 }]);

    await w.put(w.reporter, `${w.base()}/goals/${w.ids.council}/assessment`, {
      value: 'delvis',
      analysis: 'Målet uppfylls delvis.',
      justification: 'Normvärdet skärps först 2026.',
      version: 0,
    });
    await w.put(w.reporter, `${w.base()}/goals/${w.ids.committee}/assessment`, {
      value: 'delvis',
      analysis: 'Målet uppfylls delvis.',
      justification: 'Normvärdet skärps först 2026.',
      version: 0,
    });
    const refused = await w.step(w.reporter, { transition: 'submit', version: await w.version() });
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({
      error: {
        details: [
          {
            path: 'chapters.sammanfattande-analys',
            code: 'followup.chapter_missing',
            params: { chapter: 'Sammanfattande analys' },
          },
        ],
      },
    });

    const at = { unitId: w.town.slk, periodId: w.vb };
    expect((await writeText(w.reporter, at, 'sammanfattande-analys', '  ', 0)).statusCode).toBe(
      200,
    );
    expect(
      (await w.step(w.reporter, { transition: 'submit', version: await w.version() })).statusCode,
    ).toBe(422);
    expect(
      (await writeText(w.reporter, at, 'sammanfattande-analys', 'Året i korthet.', 1)).statusCode,
    ).toBe(200);
    expect((await w.reportOf(w.reporter)).missing.map((m) => m.kind)).not.toContain('chapter');
    const submitted = await w.step(w.reporter, {
      transition: 'submit',
      version: await w.version(),
    });
    expect(submitted.statusCode).toBe(200);
  });
});

describe('the public report', () => {
  test('shows the template’s chapters in order with the texts, once published, and nothing internal', async () => {
    const w = await aWorkflowReport(() => ctx);
    const at = { unitId: w.town.slk, periodId: w.vb };
    const text = 'Året i korthet.\n<b>Inte HTML</b>';
    expect((await writeText(w.reporter, at, 'sammanfattande-analys', text, 0)).statusCode).toBe(
      200,
    );
    expect((await writeText(w.reporter, at, 'ovrigt', '   ', 0)).statusCode).toBe(200);
    expect((await saveTemplate(w.town.admin, own, 0)).statusCode).toBe(200);
    const url = `/api/public/${w.town.tenant.scbCode}/reports/${w.vb}/${w.town.slk}`;
    const read = () => ctx.app.inject({ method: 'GET', url });
    await w.bringTo('adopted');
    expect((await read()).statusCode).toBe(404);
    const published = await w.put(w.approver, `${w.base()}/publication`, {
      published: true,
      reason: 'Utfallen kommer med bokslutet.',
    });
    expect(published.statusCode).toBe(200);

    const report = (await read()).json<PublicReport>();
    expect(report.chapters).toEqual([
      {
        key: 'sammanfattande-analys',
        kind: 'text',
        number: '1',
        heading: 'Sammanfattande analys',
        parentKey: null,
        text,
      },
      {
        key: 'inriktningsmal',
        kind: 'goals',
        number: '2',
        heading: 'Uppföljning av Kommunfullmäktiges inriktningsmål',
        parentKey: null,
        text: null,
      },
      { key: 'ovrigt', kind: 'text', number: '3', heading: 'Övrigt', parentKey: null, text: null },
    ]);
  });
});
