import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { AuditEntry } from '#contracts/audit.ts';
import type { DecisionCase } from '#contracts/decisions.ts';
import { buildApp } from '#server/app.ts';
import { as, FIXED_NOW, testConfig, type Session } from '#server/testing.ts';
import { seededDemo, type SeededDemo } from '../../../demo/demo.testing.ts';
import {
  chromiumTest,
  docxParts,
  docxText,
  normal,
  pdfInfo,
  pdfText,
} from './documents.testing.ts';

/**
 * GET …/decision-case/document on the demo: Kommunstyrelsen's case on VB 2015 (seed 000) as
 * HTML, Word and PDF, each holding the att-satser word for word in order, the rapporteur and the
 * M and L statement with its members and parties, read back as a person's tools read them.
 */
let ctx: SeededDemo;
let c: DecisionCase;
let url: (format: string) => string;
let base: string;
let admin: Session;

beforeAll(async () => {
  ctx = await seededDemo();
  const report = await ctx.report2015();
  base = `/api/units/${ctx.board}/periods/${report.period.id}/decision-case`;
  url = (format) => `${base}/document?format=${format}`;
  c = (await ctx.get(base)).json<DecisionCase>();
  admin = await ctx.signIn('admin@stockholm.example');
}, 180_000);
afterAll(() => ctx.close());

const download = async (format: string, session: Session = ctx.reader) => {
  const response = await ctx.get(url(format), session);
  expect(response.statusCode, response.body.slice(0, 500)).toBe(200);
  return response;
};

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };
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
  /** the pages' running header and page number taken out, so a paragraph reads across pages */
  pdf: (bytes: Buffer) =>
    normal(
      pdfText(bytes)
        .split('\n')
        .filter((line) => !/^\s*(Sida \d+ av \d+|Stockholms stad · Kommunstyrelsen)\s*$/.test(line))
        .join('\n'),
    ),
};

/** Seed 000, lines 174-176: the M and L statement in borgarrådsberedningen, as the minutes print it. */
const ML =
  'Särskilt uttalande gjordes av Anna König Jerlmyr, Joakim Larsson och Cecilia Brinck (alla M) och Lotta Edholm (L) enligt följande.';

/** What the case says the document must hold, in order. */
const expectedInOrder = () =>
  [
    c.proposalIntro,
    ...c.proposals,
    `${c.rapporteur.title} ${c.rapporteur.name}`,
    ...c.preparation.flatMap((p) => [p.date, p.text]),
    'Protokollsutdrag',
    ML,
    c.statements[0]!.text.split(/\n\s*\n/)[0]!,
  ].map(normal);

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

describe('the demo’s decision case as a document', () => {
  test('the demo has what the check is about: three att-satser, the rapporteur, the M and L statement', () => {
    expect(c.proposals).toHaveLength(3);
    expect(c.rapporteur).toEqual({ name: 'Karin Wanngård', title: 'borgarrådet' });
    expect(c.statements[0]!.members.map((m) => m.party)).toEqual(['M', 'M', 'M', 'L']);
  });

  test('HTML holds the att-satser word for word in order, the rapporteur and the statements', async () => {
    const response = await download('html');
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.headers['content-disposition']).toContain(
      `filename*=UTF-8''${encodeURIComponent(`${c.title}.html`)}`,
    );
    expect(response.body).toMatch(/<ol>\s*<li>Verksamhetsberättelse med bokslut 2015/);
    assertInOrder(bodyText.html(response.body), expectedInOrder());
  });

  test('Word holds the att-satser word for word in order, numbered, the rapporteur and the statements', async () => {
    const response = await download('docx');
    expect(response.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    assertInOrder(await bodyText.docx(response.rawPayload), expectedInOrder());
    const parts = await docxParts(response.rawPayload);
    expect(parts.numbering).toContain('w:val="decimal"');
  });

  chromiumTest(
    'PDF holds the att-satser word for word in order, the rapporteur and the statements, tagged',
    async () => {
      const bytes = (await download('pdf')).rawPayload;
      expect(pdfInfo(bytes)).toMatchObject({ Tagged: 'yes', Title: c.title });
      expect(bytes.toString('latin1')).toMatch(/\/Lang \(sv-SE\)/);
      assertInOrder(bodyText.pdf(bytes), expectedInOrder());
    },
    120_000,
  );

  test('each download is in the audit log with the file’s SHA-256', async () => {
    const response = await download('html');
    const sha256 = createHash('sha256').update(response.rawPayload).digest('hex');
    const log = await ctx.get('/api/audit?entity=decision_case_document&action=download', admin);
    expect(log.statusCode, log.body).toBe(200);
    const entry = log
      .json<{ entries: AuditEntry[] }>()
      .entries.find((e) => (e.after as { sha256: string }).sha256 === sha256);
    expect(entry).toMatchObject({
      userName: 'Petra Politiker',
      entityId: `${ctx.board}/${c.periodId}`,
      after: expect.objectContaining({ format: 'html', unitId: ctx.board, periodId: c.periodId }),
    });
  });

  test('a format that is not offered is refused naming the field; no session is refused', async () => {
    const bad = await ctx.get(url('odt'));
    expect(bad.statusCode).toBe(422);
    expect(bad.json<{ error: { details: { path: string }[] } }>().error.details[0]!.path).toMatch(
      /format$/,
    );
    expect((await ctx.app.inject({ method: 'GET', url: url('html') })).statusCode).toBe(401);
  });
});

describe('a statement’s text with markup', () => {
  const XSS = '<script>alert(1)</script><b>x</b>';

  beforeAll(async () => {
    const response = await ctx.app.inject({
      method: 'POST',
      url: `${base}/statements`,
      headers: as(admin),
      payload: {
        kind: 'reservation',
        forum: 'Kommunstyrelsen',
        members: [{ name: 'Karin Ernlund', party: 'C' }],
        text: `Före ${XSS} efter`,
        version: 0,
      },
    });
    expect(response.statusCode, response.body).toBe(200);
  });

  test('is shown literally in HTML and Word', async () => {
    const html = (await download('html')).body;
    expect(html).not.toContain('<script');
    expect(html).toContain('Före &lt;script&gt;alert(1)&lt;/script&gt;&lt;b&gt;x&lt;/b&gt; efter');
    const docx = await docxParts((await download('docx')).rawPayload);
    expect(docx.document.includes('<script'), 'raw markup in the XML').toBe(false);
    expect(docxText(docx.document)).toContain(`Före ${XSS} efter`);
    expect(docxText(docx.document)).toContain('Reservation anfördes av Karin Ernlund (C)');
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
  test('the case as PDF answers how to install it, while Word and HTML still work', async () => {
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
      expect(pdf.json<{ error: { code: string } }>().error.code).toBe('documents.chromium_missing');
      expect((await get('docx')).statusCode).toBe(200);
      expect((await get('html')).statusCode).toBe(200);
    } finally {
      await app.close();
    }
  });
});
