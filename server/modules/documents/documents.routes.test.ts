import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { AuditEntry } from '#contracts/audit.ts';
import type { EconomyView } from '#contracts/economy.ts';
import type { UnitReport } from '#contracts/followup.ts';
import { buildApp } from '#server/app.ts';
import { as, FIXED_NOW, testConfig, type Session } from '#server/testing.ts';
import { seededDemo, type SeededDemo } from '../../../demo/demo.testing.ts';
import { formatAmount, formatValue } from './documents.format.ts';
import { assessmentSentences } from './documents.report.goals.rules.ts';
import {
  chromiumTest,
  docxParts,
  docxText,
  normal,
  pdfInfo,
  pdfText,
} from './documents.testing.ts';

/**
 * GET …/document on the demo: Kommunstyrelsen's annual report 2015 as HTML, Word and PDF, each
 * holding every goal, assessment, indicator value and economy figure of the report and economy
 * reads, in the report's order.
 */
let ctx: SeededDemo;
let report: UnitReport;
let economy: EconomyView;
let url: (format: string) => string;
let reporter: Session;
let admin: Session;

beforeAll(async () => {
  ctx = await seededDemo();
  report = await ctx.report2015();
  url = (format) => `/api/units/${ctx.board}/periods/${report.period.id}/document?format=${format}`;
  economy = (await ctx.get(`/api/units/${ctx.board}/years/2015/economy`)).json<EconomyView>();
  reporter = await ctx.signIn('rapportor@stockholm.example');
  admin = await ctx.signIn('admin@stockholm.example');
}, 180_000);
afterAll(() => ctx.close());

const download = async (format: string, session: Session = ctx.reader) => {
  const response = await ctx.get(url(format), session);
  expect(response.statusCode, response.body.slice(0, 500)).toBe(200);
  return response;
};

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };
/** The body text of each format, after its table of contents, white space made one space. */
const bodyText = {
  html: (html: string) =>
    normal(
      html
        .slice(html.indexOf('</nav>'))
        .replace(/<[^>]+>/g, ' ')
        .replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => entities[e]!),
    ),
  docx: async (bytes: Buffer) =>
    normal(docxText((await docxParts(bytes)).document.replace(/<w:sdt>[^]*?<\/w:sdt>/, ''))),
  pdf: (bytes: Buffer) => normal(pdfText(bytes).split('\f').slice(1).join(' ')),
};

/**
 * What the report and economy reads say the document must hold, in order. `names`: with the
 * indicators' and areas' names (pdftotext reads a table's row headers after its cells, so the
 * PDF is checked on the values alone).
 */
function expectedInOrder({ names }: { names: boolean } = { names: true }): string[] {
  const named = (name: string) => (names ? [name] : []);
  const goals = report.goals.flatMap((goal) => [
    goal.goal.title,
    ...assessmentSentences(goal),
    ...report.indicators
      .filter((i) => goal.indicatorIds.includes(i.indicator.id))
      .flatMap((i) => [
        ...named(i.indicator.name),
        formatValue(i.outcome?.value ?? null, i.indicator),
      ]),
  ]);
  const shape = { unit: economy.settings.unit, decimals: economy.settings.decimals };
  const areas = economy.areas
    .filter((a) => a.kind === 'operating')
    .flatMap((a) => [
      ...named(a.name),
      ...(['costs', 'revenues', 'net'] as const).map((k) =>
        formatAmount(a.lines[k].figures.outcome, shape),
      ),
    ]);
  return [...goals, ...areas].map(normal);
}

/** The position after each expected text, each searched for after the one before. */
function assertInOrder(text: string, expected: string[]) {
  let at = 0;
  for (const [index, item] of expected.entries()) {
    const found = text.indexOf(item, at);
    expect(
      found,
      `#${index} "${item}" after …${text.slice(Math.max(0, at - 80), at)}`,
    ).toBeGreaterThanOrEqual(0);
    at = found + item.length;
  }
}

describe('the demo report as a document', () => {
  test('the demo has what the check is about: goals with assessments, indicator values, economy', () => {
    const expected = expectedInOrder();
    expect(report.goals.length).toBeGreaterThan(10);
    expect(report.indicators.filter((i) => i.outcome?.value).length).toBeGreaterThan(10);
    expect(economy.areas.length).toBeGreaterThan(5);
    expect(expected.length).toBeGreaterThan(100);
  });

  test('HTML holds every goal, assessment, indicator value and economy figure in order', async () => {
    const response = await download('html');
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.headers['content-disposition']).toContain(
      `filename*=UTF-8''${encodeURIComponent('Verksamhetsberättelse 2015 – Kommunstyrelsen.html')}`,
    );
    assertInOrder(bodyText.html(response.body), expectedInOrder());
    // Summa netto as printed (the demo's printed total differs from the computed one: kept as printed)
    const printed = economy.printedTotals.find((t) => t.scope === 'operating' && t.kind === 'net');
    const net = printed?.outcome ?? economy.totals.operating.net.figures.outcome;
    const shape = { unit: economy.settings.unit, decimals: economy.settings.decimals };
    assertInOrder(bodyText.html(response.body), ['Summa netto', normal(formatAmount(net, shape))]);
  });

  test('Word holds every goal, assessment, indicator value and economy figure in order', async () => {
    const response = await download('docx');
    expect(response.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    assertInOrder(await bodyText.docx(response.rawPayload), expectedInOrder());
  });

  chromiumTest(
    'PDF holds every goal, assessment, indicator value and economy figure in order, tagged and in Swedish',
    async () => {
      const response = await download('pdf');
      const bytes = response.rawPayload;
      expect(response.headers['content-type']).toBe('application/pdf');
      expect(pdfInfo(bytes)).toMatchObject({
        Tagged: 'yes',
        Title: `${report.period.name} – Kommunstyrelsen`,
      });
      expect(bytes.toString('latin1')).toMatch(/\/Lang \(sv-SE\)/);
      assertInOrder(bodyText.pdf(bytes), expectedInOrder({ names: false }));
    },
    120_000,
  );

  test('each download is in the audit log with the file’s SHA-256', async () => {
    const response = await download('docx');
    const sha256 = createHash('sha256').update(response.rawPayload).digest('hex');
    const log = await ctx.get('/api/audit?entity=report_document&action=download', admin);
    expect(log.statusCode, log.body).toBe(200);
    const entries = log.json<{ entries: AuditEntry[] }>().entries;
    expect(entries.map((e) => e.after)).toContainEqual(
      expect.objectContaining({
        format: 'docx',
        sha256,
        unitId: ctx.board,
        periodId: report.period.id,
      }),
    );
    expect(entries.find((e) => (e.after as { sha256: string }).sha256 === sha256)).toMatchObject({
      userName: 'Petra Politiker',
      entityId: `${ctx.board}/${report.period.id}`,
    });
  });

  test('a format that is not offered is refused naming the field; no session is refused', async () => {
    const bad = await ctx.get(url('odt'));
    expect(bad.statusCode).toBe(422);
    expect(bad.json<{ error: { details: { path: string }[] } }>().error.details[0]!.path).toMatch(
      /format$/,
    );
    const anonymous = await ctx.app.inject({ method: 'GET', url: url('html') });
    expect(anonymous.statusCode).toBe(401);
  });
});

describe('text a user wrote', () => {
  const XSS = '<script>alert(1)</script><b>x</b>';

  beforeAll(async () => {
    const goal = report.goals.find((g) => g.assessed)!;
    const current = goal.assessment;
    const response = await ctx.app.inject({
      method: 'PUT',
      url: `/api/units/${ctx.board}/periods/${report.period.id}/goals/${goal.goal.id}/assessment`,
      headers: as(reporter),
      payload: {
        value: current?.value ?? null,
        analysis: `Före ${XSS} efter`,
        justification: current?.justification ?? '',
        version: current?.version ?? 0,
      },
    });
    expect(response.statusCode, response.body).toBe(200);
  });

  test('is shown literally in HTML and Word: markup in an analysis is not markup', async () => {
    const html = (await download('html')).body;
    expect(html).not.toContain('<script');
    expect(html).toContain('Före &lt;script&gt;alert(1)&lt;/script&gt;&lt;b&gt;x&lt;/b&gt; efter');
    const docx = await docxParts((await download('docx')).rawPayload);
    expect(docx.document.includes('<script'), 'raw markup in the XML').toBe(false);
    expect(docxText(docx.document)).toContain(`Före ${XSS} efter`);
  });

  chromiumTest(
    'is shown literally in the PDF',
    async () => {
      expect(normal(pdfText((await download('pdf')).rawPayload))).toContain(`Före ${XSS} efter`);
    },
    120_000,
  );
});

describe('without Chromium', () => {
  test('PDF answers how to install it, while Word and HTML still work', async () => {
    const app = await buildApp({
      database: ctx.database,
      config: { ...testConfig, chromiumPath: '/nonexistent/chromium' },
      now: () => FIXED_NOW,
    });
    try {
      const get = (format: string) =>
        app.inject({ method: 'GET', url: url(format), headers: as(ctx.reader) });
      const pdf = await get('pdf');
      expect(pdf.statusCode).toBe(503);
      expect(pdf.json<{ error: { code: string; message: string } }>().error).toMatchObject({
        code: 'documents.chromium_missing',
        message: expect.stringContaining('apt-get install chromium'),
      });
      expect((await get('docx')).statusCode).toBe(200);
      expect((await get('html')).statusCode).toBe(200);
    } finally {
      await app.close();
    }
  });
});
