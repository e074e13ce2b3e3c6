import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ATTACHMENT_LIMIT, type Attachment, type ReportTemplate } from '#contracts/reports.ts';
import { as, createTestApp } from '#server/testing.ts';
import { aWorkflowReport } from '../followup/workflow/followup.workflow.testing.ts';
import { chapterRequests, chapterTown, pdfBytes } from './reports.routes.testing.ts';

/** The files a unit attaches to its report (Bilagor), and the templates the rollover takes along. */
let ctx: Awaited<ReturnType<typeof createTestApp>>;
let t: Awaited<ReturnType<typeof chapterTown>>;
let other: Awaited<ReturnType<typeof chapterTown>>;
const { api, send, chapters, upload, saveTemplate, template } = chapterRequests(() => ctx);
const office = () => ({ unitId: t.town.slk, periodId: t.vb });
const fileUrl = (id: string) => `/api/units/${t.town.slk}/periods/${t.vb}/attachments/${id}`;

beforeAll(async () => {
  ctx = await createTestApp();
  t = await chapterTown(() => ctx);
  other = await chapterTown(() => ctx);
});
afterAll(() => ctx.close());

describe('attachments', () => {
  test('a reporter uploads a PDF; it is listed under Bilagor and downloads as sent', async () => {
    const bytes = pdfBytes('Uppföljning av internkontrollplanen');
    const made = await upload(t.reporter, office(), 'Bilaga 4 – intern kontroll.pdf', bytes);
    expect(made.statusCode).toBe(201);
    const file = made.json<Attachment>();
    expect(file).toMatchObject({
      name: 'Bilaga 4 – intern kontroll.pdf',
      contentType: 'application/pdf',
      size: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      uploadedByName: t.reporter.me.user.name,
    });
    const read = await chapters(t.reader, t.town.slk, t.vb);
    expect(read.attachments.map((a) => a.id)).toEqual([file.id]);

    const download = await api.get(t.reader, fileUrl(file.id));
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['cache-control']).toBe('no-store');
    expect(download.headers['content-disposition']).toBe(
      `attachment; filename="Bilaga 4 _ intern kontroll.pdf"; filename*=UTF-8''${encodeURIComponent(file.name)}`,
    );
    expect(createHash('sha256').update(download.rawPayload).digest('hex')).toBe(file.sha256);
  });

  test('a multipart form’s file is attached under its own name', async () => {
    const boundary = '----rodtrad';
    const body = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="plan.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
      ),
      Buffer.from(pdfBytes()),
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const made = await ctx.app.inject({
      method: 'POST',
      url: `/api/units/${t.town.slk}/periods/${t.vb}/attachments`,
      headers: {
        ...as(t.reporter),
        'content-type': `multipart/form-data; boundary=${boundary}`,
      },
      payload: body,
    });
    expect(made.statusCode).toBe(201);
    expect(made.json<Attachment>().name).toBe('plan.pdf');
  });

  test('a file that is not PDF, Word or Excel is refused and nothing is stored', async () => {
    const before = (await chapters(t.reader, t.town.slk, t.vb)).attachments.length;
    const html = new TextEncoder().encode('<script>alert(1)</script>');
    for (const name of ['sida.html', 'falsk.pdf']) {
      const response = await upload(t.reporter, office(), name, html);
      expect(response.statusCode).toBe(415);
      expect(response.json()).toMatchObject({ error: { code: 'reports.attachment_type' } });
    }
    expect((await chapters(t.reader, t.town.slk, t.vb)).attachments).toHaveLength(before);
  });

  test('a file over 10 MB is refused and nothing is stored', async () => {
    const before = (await chapters(t.reader, t.town.slk, t.vb)).attachments.length;
    const big = new Uint8Array(ATTACHMENT_LIMIT + 1);
    big.set(pdfBytes());
    expect((await upload(t.reporter, office(), 'stor.pdf', big)).statusCode).toBe(413);
    expect((await chapters(t.reader, t.town.slk, t.vb)).attachments).toHaveLength(before);
  });

  test('a reader and another tenant may not upload; another tenant cannot download', async () => {
    expect((await upload(t.reader, office(), 'a.pdf', pdfBytes())).statusCode).toBe(403);
    expect((await upload(other.town.admin, office(), 'a.pdf', pdfBytes())).statusCode).toBe(404);
    const [first] = (await chapters(t.reader, t.town.slk, t.vb)).attachments;
    expect((await api.get(other.town.admin, fileUrl(first!.id))).statusCode).toBe(404);
    const elsewhere = `/api/units/${t.town.eko}/periods/${t.vb}/attachments/${first!.id}`;
    expect((await api.get(t.town.admin, elsewhere)).statusCode).toBe(404);
  });

  test('a reporter deletes an attachment; it is gone and the deletion audited', async () => {
    const [first] = (await chapters(t.reader, t.town.slk, t.vb)).attachments;
    expect((await send('DELETE', t.reader, fileUrl(first!.id))).statusCode).toBe(403);
    expect((await send('DELETE', t.reporter, fileUrl(first!.id))).statusCode).toBe(204);
    expect((await api.get(t.reader, fileUrl(first!.id))).statusCode).toBe(404);
    const log = (await api.get(t.town.admin, '/api/audit?entity=report_attachment')).json<{
      entries: { action: string; before: { sha256?: string } | null }[];
    }>().entries;
    expect(log[0]).toMatchObject({ action: 'delete', before: { sha256: first!.sha256 } });
    expect(log.filter((e) => e.action === 'create')).toHaveLength(2);
  });

  test('an adopted report takes no new attachment', async () => {
    const w = await aWorkflowReport(() => ctx);
    await w.bringTo('adopted');
    const response = await upload(
      w.reporter,
      { unitId: w.town.slk, periodId: w.vb },
      'a.pdf',
      pdfBytes(),
    );
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ error: { code: 'reports.locked' } });
  });
});

describe('the year rollover', () => {
  test('copies the year’s stored templates to the next year', async () => {
    const chapters2024 = (await template(t.controller, 2024, 'tertial')).chapters.map((c) =>
      c.key === 'bilagor' ? { ...c, heading: 'Bilagor till tertialrapporten' } : c,
    );
    expect((await saveTemplate(t.controller, chapters2024, 0, 2024, 'tertial')).statusCode).toBe(
      200,
    );
    const rolled = await api.post(t.town.admin, '/api/years/rollover', {
      fromYear: 2024,
      toYear: 2025,
      carryTargets: false,
    });
    expect(rolled.statusCode).toBe(201);
    const copied = await template(t.reader, 2025, 'tertial');
    expect(copied).toMatchObject<Partial<ReportTemplate>>({ stored: true, chapters: chapters2024 });
    expect((await template(t.reader, 2025, 'annual')).stored).toBe(false);
  });
});
