import { describe, expect, test } from 'vitest';
import type { DecisionCase } from '#contracts/decisions.ts';
import { decisionCaseDocument } from './documents.decision.rules.ts';
import { renderDocx } from './documents.docx.ts';
import { renderHtml } from './documents.html.ts';
import { sectionsInOrder } from './documents.model.ts';
import { docxParts, docxText, normal } from './documents.testing.ts';

/** The decision case as one document of the model, drawn by the report's renderers. */
const XSS = '<script>alert(1)</script><b>x</b>';
const change = { version: 1, updatedAt: null, updatedByName: null };
const aCase = (overrides: Partial<DecisionCase> = {}): DecisionCase => ({
  unitId: '00000000-0000-4000-8000-0000000000aa',
  periodId: '00000000-0000-4000-8000-0000000000bb',
  unitName: 'Kommunstyrelsen',
  year: 2015,
  periodKey: 'VB',
  periodName: 'Verksamhetsberättelse 2015',
  periodKind: 'annual',
  stored: true,
  diarienummer: '182-70/2016',
  title: 'Verksamhetsberättelse med bokslut 2015 för Kommunstyrelsen m.m.',
  proposalIntro: 'Borgarrådsberedningen föreslår att kommunstyrelsen beslutar följande.',
  summary: 'Sammanfattningen.',
  background: '',
  reportDate: '2016-01-22',
  rapporteur: { name: 'Karin Wanngård', title: 'borgarrådet' },
  preparation: [{ date: '2016-01-21', text: 'Behandlat i förvaltningsgruppen.' }],
  proposals: ['Första att-satsen.', `Andra att-satsen ${XSS}.`],
  defaultProposals: [],
  ...change,
  decision: null,
  statements: [
    {
      id: '00000000-0000-4000-8000-000000000001',
      kind: 'reservation',
      forum: 'Kommunstyrelsen',
      members: [
        { name: 'Anna König Jerlmyr', party: 'M' },
        { name: 'Lotta Edholm', party: 'L' },
      ],
      text: `Vi reserverar oss. ${XSS}`,
      refersTo: null,
      ...change,
    },
  ],
  referable: [],
  may: { prepare: false, record: false },
  ...overrides,
});

const build = (c = aCase(), attachments = [{ name: 'Rapportbilaga' }]) =>
  decisionCaseDocument({
    case: c,
    tenantName: 'Stockholms stad',
    attachments,
    today: '2016-02-01',
  });

describe('the decision case as a document', () => {
  test('has the officials’ report (proposals numbered, rapporteur, preparation, attachments), then the minutes extract', () => {
    const doc = build();
    expect(doc).toMatchObject({
      kind: 'decision',
      title: aCase().title,
      unitName: 'Kommunstyrelsen',
    });
    expect([...sectionsInOrder(doc.sections)].map((s) => [s.level, s.heading])).toEqual([
      [2, 'Tjänsteutlåtande'],
      [3, 'Förslag till beslut'],
      [3, 'Föredragande'],
      [3, 'Sammanfattning'],
      [3, 'Ärendets beredning'],
      [3, 'Bilagor'],
      [2, 'Protokollsutdrag'],
      [3, 'Beslut'],
      [3, 'Kommunstyrelsen'],
    ]);
    expect(doc.sections[0]!.sections[0]!.blocks[1]).toEqual({
      kind: 'list',
      ordered: true,
      items: aCase().proposals,
    });
    expect(doc.facts.items).toContainEqual({ key: 'Diarienummer', value: '182-70/2016' });
    expect(doc.facts.items).toContainEqual({
      key: 'Föredragande',
      value: 'borgarrådet Karin Wanngård',
    });
    expect(doc.facts.items.some((f) => f.key === 'Beslutat')).toBe(false);
  });

  test('a recorded decision is among the facts; no attachments say “Uppgift saknas”', () => {
    const decision = {
      decidedOn: '2016-02-10',
      body: 'Kommunstyrelsen',
      outcomes: [],
      version: 1,
      recordedAt: null,
      recordedByName: null,
    };
    const doc = build(aCase({ decision }), []);
    expect(doc.facts.items).toContainEqual({
      key: 'Beslutat',
      value: 'Kommunstyrelsen 2016-02-10',
    });
    expect(doc.sections[0]!.sections.at(-1)!.blocks).toEqual([
      { kind: 'paragraph', text: 'Uppgift saknas', style: 'missing' },
    ]);
  });

  test('HTML and Word draw the att-satser in order as a numbered list, and markup as text', async () => {
    const doc = build();
    const html = renderHtml(doc);
    expect(html).toMatch(
      /<ol>\s*<li>Första att-satsen\.<\/li>\s*<li>Andra att-satsen &lt;script&gt;/,
    );
    expect(html).not.toContain('<script>alert');
    const parts = await docxParts(await renderDocx(doc));
    // Word numbers the att-satser itself (a decimal numbering), as seed 000 prints them
    expect(parts.numbering).toMatch(/<w:numFmt w:val="decimal"\/>\s*<w:lvlText w:val="%1\."\/>/);
    // the two att-satser, then the attachments' list numbered from 1 again (a numbering of its own)
    const numIds = [...parts.document.matchAll(/<w:numId w:val="(\d+)"\/>/g)].map((m) => m[1]);
    expect(numIds).toHaveLength(3);
    expect(numIds[0]).toBe(numIds[1]);
    expect(numIds[2]).not.toBe(numIds[0]);
    const text = normal(docxText(parts.document));
    const first = text.indexOf('Första att-satsen.');
    expect(first).toBeGreaterThan(-1);
    expect(text.indexOf(`Andra att-satsen ${XSS}.`)).toBeGreaterThan(first);
    expect(text).toContain(`Vi reserverar oss. ${XSS}`);
    expect(text).toContain(
      'Reservation anfördes av Anna König Jerlmyr (M) och Lotta Edholm (L) enligt följande.',
    );
  });
});
