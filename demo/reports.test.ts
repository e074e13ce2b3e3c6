import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ReportChapters } from '#contracts/reports.ts';
import type { BudgetYear } from '#contracts/years.ts';
import { seededDemo, type SeededDemo } from './demo.testing.ts';
import { chapterTexts2015 } from './reports2015.ts';

/**
 * Kommunstyrelsen's VB 2015 as its template's chapters: the default annual template (seed 000's
 * structure), with every chapter the seed prints a text for filled, as transcribed.
 */
let ctx: SeededDemo;
let chapters: ReportChapters;

beforeAll(async () => {
  ctx = await seededDemo();
  const years = (await ctx.get('/api/years')).json<{ years: BudgetYear[] }>().years;
  const vb = years.find((y) => y.year === 2015)!.periods.find((p) => p.key === 'VB')!;
  const response = await ctx.get(`/api/units/${ctx.board}/periods/${vb.id}/chapters`);
  expect(response.statusCode, response.body).toBe(200);
  chapters = response.json<ReportChapters>();
});
afterAll(() => ctx.close());

describe('kommunstyrelsen’s VB 2015 chapters', () => {
  test('follow the seed’s outline, numbered as the template numbers them', () => {
    expect(chapters.chapters.map((c) => `${c.number} ${c.heading}`)).toEqual([
      '1 Sammanfattande analys',
      '2 Uppföljning av Kommunfullmäktiges inriktningsmål',
      '3 Uppföljning av ekonomi',
      '3.1 Analys av resultaträkning – uppföljning av driftbudget',
      '3.2 Resultatenheter',
      '3.3 Investeringar',
      '3.4 Stora projekt som inte är investeringar',
      '3.5 Ombudgeteringar',
      '3.6 Analys av balansräkning',
      '4 Övrigt',
      '4.1 Intern kontroll',
      '4.2 Jämställdhet- och mångfaldsplan samt diskriminering',
      '4.3 Synpunkter och klagomål',
      '5 Bilagor',
    ]);
  });

  test('every chapter the seed prints a text for holds that text, and misses none', () => {
    const texts = chapterTexts2015();
    const filled = chapters.chapters.filter((c) => c.text !== null);
    expect(filled.map((c) => c.key).sort()).toEqual(Object.keys(texts).sort());
    for (const chapter of filled) expect(chapter.text!.text).toBe(texts[chapter.key]);
    expect(chapters.chapters.filter((c) => c.missing.some((m) => m.code === 'text'))).toEqual([]);
  });

  test('texts are the transcription’s, word for word', () => {
    const byKey = new Map(chapters.chapters.map((c) => [c.key, c.text?.text]));
    expect(byKey.get('synpunkter')).toBe(
      'Inkomna synpunkter och klagomål har hanterats enligt kontorets process för synpunkter och klagomål.',
    );
    expect(byKey.get('resultatrakning')).toMatch(/^Stadsledningskontorets utfall för 2015 uppgår/);
    expect(byKey.get('sammanfattande-analys')).toContain('\n\nEtt klimatsmart Stockholm\n\n');
    expect(byKey.get('jamstalldhet')).toContain(
      '• Chefsutbildning om kompetensbaserad rekrytering\n',
    );
  });

  test('the economy chapters refer to the seeded economy; the balance sheet has no data yet', () => {
    const source = new Map(chapters.chapters.map((c) => [c.key, c.source]));
    expect(source.get('resultatenheter')).toBe('economy');
    expect(source.get('balansrakning')).toBe('no_data');
    expect(source.get('intern-kontroll')).toBe('internal_control');
  });
});
