import { afterAll, describe, expect, test } from 'vitest';
import { cssString, renderHtml } from './documents.html.ts';
import { renderDocx } from './documents.docx.ts';
import { paragraph, section, type DocumentModel, type Table } from './documents.model.ts';
import { createPdfPrinter } from './documents.pdf.ts';
import { renderDocument } from './documents.render.ts';
import type { Spans } from './documents.spans.ts';
import {
  chromiumTest,
  docxParts,
  docxText,
  normal,
  pageVariance,
  pdfInfo,
  pdfText,
} from './documents.testing.ts';

/** The renderers on a small model: structure, Swedish language, and user text kept as text. */
const XSS = '<script>alert(1)</script><b>x</b>';

const longTable: Table = {
  kind: 'table',
  caption: 'Indikatorer – 1.1 Alla barn',
  head: [['Indikator', 'Periodens utfall', 'Periodens utfall VB 2014', 'Årsmål']],
  body: Array.from({ length: 90 }, (_, i) => ({
    role: i === 89 ? ('sum' as const) : ('body' as const),
    cells: [`Indikator ${i + 1}`, `${i},5 %`, 'Uppgift saknas', '100 %'],
  })),
  align: ['left', 'right', 'right', 'right'],
  rowHeaders: true,
};

const model: DocumentModel = {
  kind: 'report',
  language: 'sv-SE',
  title: `Verksamhetsberättelse 2015 – Nämnd "${XSS}"`,
  tenantName: 'Stockholms stad',
  unitName: `Kommunstyrelsen ${XSS}`,
  facts: { kind: 'key_value', items: [{ key: 'Period', value: 'Verksamhetsberättelse 2015' }] },
  sections: [
    section('1 Sammanfattande analys', 2, [paragraph(`Första stycket.\nNy rad ${XSS}`)]),
    section(
      '2 Uppföljning',
      2,
      [],
      [
        section(
          `KF:s mål 1.1 ${XSS}`,
          3,
          [
            paragraph('Analys', 'label'),
            paragraph(XSS),
            longTable,
            { kind: 'list', ordered: false, items: [`Bilaga 1: ${XSS}.pdf`] },
            { kind: 'key_value', items: [{ key: XSS, value: XSS }] },
          ],
          [section('Nämndmål: Djupt', 4, [paragraph('Uppgift saknas', 'missing')])],
        ),
      ],
    ),
    {
      ...section('3 Intern kontroll', 2, [paragraph('Uppgift saknas', 'missing')]),
      placeholder: true,
    },
  ],
};

describe('HTML', () => {
  const html = renderHtml(model);

  test('is a whole Swedish document with a title, headings h1–h4 and accessible tables', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<html lang="sv-SE">');
    expect(html).toMatch(/<title>Verksamhetsberättelse 2015 – Nämnd &quot;&lt;script&gt;/);
    for (const level of [1, 2, 3, 4]) expect(html).toContain(`<h${level} `.replace('<h1 ', '<h1>'));
    expect(html).toContain('<caption>Indikatorer – 1.1 Alla barn</caption>');
    expect(html).toContain('<thead><tr><th scope="col">Indikator</th>');
    expect(html).toContain('<th scope="row">Indikator 1</th><td class="num">0,5 %</td>');
    expect(html).toContain('<tr class="sum">');
    expect(html).toContain('<section class="placeholder"');
    expect(html).toMatch(/@page[^]*counter\(page\)[^]*counter\(pages\)/);
  });

  test('shows markup a user wrote as text, and runs nothing', () => {
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<b>x');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&lt;b&gt;x&lt;/b&gt;');
    // the running header (unit name) is a CSS string: nothing in it can close the style element
    expect(html.slice(html.indexOf('<style>'), html.indexOf('</style>'))).not.toMatch(
      /<\/?script/i,
    );
    expect(cssString('a"b</style>')).toBe('"a\\22 b\\3c \\2f style\\3e "');
  });
});

describe('Word', () => {
  test('has Heading 1–4 styles, a table of contents, repeating table headers, page numbers and a header naming tenant and unit, in Swedish', async () => {
    const parts = await docxParts(await renderDocx(model));
    const has = (part: string, text: string | RegExp) =>
      typeof text === 'string' ? part.includes(text) : text.test(part);
    for (const level of [1, 2, 3, 4])
      expect(has(parts.document, `<w:pStyle w:val="Heading${level}"/>`), `Heading${level}`).toBe(
        true,
      );
    expect(has(parts.document, /<w:instrText[^>]*>TOC \\h \\o &quot;1-4&quot;/), 'TOC field').toBe(
      true,
    );
    expect(has(parts.document, '<w:tblHeader/>'), 'repeating header row').toBe(true);
    expect(parts.styles).toContain('w:lang w:val="sv-SE"');
    expect(parts.footers).toMatch(/PAGE/);
    expect(parts.footers).toMatch(/NUMPAGES/);
    expect(docxText(parts.headers)).toContain(`Stockholms stad · Kommunstyrelsen ${XSS}`);
    expect(parts.settings).toContain('w:updateFields');
    expect(parts.core).toContain('Verksamhetsberättelse 2015');
  });

  test('keeps markup a user wrote as text', async () => {
    const parts = await docxParts(await renderDocx(model));
    expect(parts.document.includes('<script'), 'raw markup in the XML').toBe(false);
    expect(
      parts.document.includes('&lt;script&gt;alert(1)&lt;/script&gt;&lt;b&gt;x&lt;/b&gt;'),
    ).toBe(true);
    const text = docxText(parts.document);
    expect(text).toContain(`Ny rad ${XSS}`);
    expect(text.split('\n')).toContain(XSS);
  });
});

describe('PDF', () => {
  const printer = createPdfPrinter();
  afterAll(() => printer.close());

  chromiumTest(
    'is tagged, in Swedish, titled, with an outline; pages are not blank; table headers repeat on every page; markup shows as text',
    async () => {
      const bytes = await printer.print(renderHtml(model));
      const info = pdfInfo(bytes);
      expect(info.Tagged).toBe('yes');
      expect(info.Title).toBe(`Verksamhetsberättelse 2015 – Nämnd "${XSS}"`);
      const raw = Buffer.from(bytes).toString('latin1');
      expect(raw).toContain('/StructTreeRoot');
      expect(raw).toMatch(/\/Lang \(sv-SE\)/);
      expect(raw).toContain('/Outlines');
      expect(Number(info.Pages)).toBeGreaterThan(1);
      expect(pageVariance(bytes, 1)).toBeGreaterThan(100);
      const text = normal(pdfText(bytes));
      expect(text).toContain(`Ny rad ${XSS}`);
      expect(text).toContain('Sida 1 av');
      // the table runs over a page break: its header row is printed again
      const pages = pdfText(bytes)
        .split('\f')
        .filter((p) => p.includes('Indikator 8'));
      expect(pages.length).toBeGreaterThan(1);
      for (const page of pages) expect(page).toContain('Periodens utfall VB 2014');
    },
    60_000,
  );

  test('without Chromium, PDF says how to install it (DOCX and HTML need nothing)', async () => {
    const none = createPdfPrinter('/nonexistent/chromium');
    expect(none.available()).toBe(false);
    await expect(none.print('<p>x</p>')).rejects.toMatchObject({
      code: 'documents.chromium_missing',
      statusCode: 503,
      message: expect.stringMatching(/apt-get install chromium.*RODTRAD_CHROMIUM/),
    });
    await none.close();
  });
});

describe('the steps of a rendering', () => {
  test('are timed when asked, and the file is the same as without', async () => {
    const printed: string[] = [];
    const printer = {
      print: async (html: string, spans?: Spans) => {
        printed.push(html);
        if (spans) spans['chromium pdf'] = 1;
        return Buffer.from('%PDF-');
      },
    };
    const spans: Spans = {};
    const html = await renderDocument(model, 'html', printer, spans);
    expect(html.toString('utf8')).toBe(renderHtml(model));
    await renderDocument(model, 'pdf', printer, spans);
    expect(printed).toEqual([renderHtml(model)]);
    const word = await renderDocument(model, 'docx', printer, spans);
    // the same document but for the bookmarks' numbers, which count on across documents
    const bookmarksAside = async (bytes: Buffer) =>
      (await docxParts(bytes)).document.replace(/_Toc\d+/g, '_Toc').replace(/w:id="\d+"/g, '');
    expect(await bookmarksAside(word)).toBe(await bookmarksAside(await renderDocx(model)));
    expect(Object.keys(spans).sort()).toEqual(['chromium pdf', 'docx pack', 'docx tree', 'html']);
    for (const ms of Object.values(spans)) expect(ms).toBeGreaterThanOrEqual(0);
  });
});
