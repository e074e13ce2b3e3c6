import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import type { PrintedChapter, ReportChapters } from '#contracts/reports.ts';
import { FollowUpTable } from '#web/modules/internal-control/components/internal-control-chapter.tsx';
import { PrintedChapters, printedOf } from './print-chapters.tsx';

const chapter = (over: Partial<PrintedChapter>): PrintedChapter => ({
  key: 'inledning',
  kind: 'text',
  number: '1',
  heading: 'Inledning',
  parentKey: null,
  text: null,
  ...over,
});

describe('the printed chapters', () => {
  test('stand in template order, numbered, with the goal follow-up at its chapter’s place', () => {
    const html = renderToStaticMarkup(
      <PrintedChapters
        chapters={[
          chapter({ text: 'Året i korthet.' }),
          chapter({ key: 'mal', kind: 'goals', number: '2', heading: 'Mål' }),
          chapter({ key: 'ekonomi', number: '2.1', heading: 'Ekonomi', parentKey: 'mal' }),
        ]}
      >
        <p>MÅLEN</p>
      </PrintedChapters>,
    );
    const order = ['1 Inledning', 'Året i korthet.', '2 Mål', 'MÅLEN', '2.1 Ekonomi'].map((s) =>
      html.indexOf(s),
    );
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(html).toMatch(/<h3[^>]*>2\.1 Ekonomi<\/h3>/);
  });

  test('show a writer’s text as text, never as HTML', () => {
    const html = renderToStaticMarkup(
      <PrintedChapters chapters={[chapter({ text: '<script>alert(1)</script>' })]}>
        {null}
      </PrintedChapters>,
    );
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
  });

  test('from a signed-in unit’s chapters: a blank text is none, and no editor travels', () => {
    const read = {
      chapters: [
        {
          ...chapter({}),
          guidance: 'Skriv om året.',
          required: true,
          hasText: true,
          source: 'none',
          missing: [],
          text: { text: '  ', version: 2, updatedAt: '2026-01-01T00:00:00Z', updatedByName: 'Eva' },
        },
      ],
    } as unknown as ReportChapters;
    expect(printedOf(read)).toEqual([chapter({})]);
  });

  test('an internal control chapter keeps its follow-up rows for the print view', () => {
    const row = {
      process: 'Utbetalningar',
      control: 'Stickprov',
      periodKey: 'T2',
      performed: true,
      result: 'Två saknade attest',
      deviations: 'Attest saknas',
      measures: 'Påminnelse',
      responsible: 'Ekonomichefen',
      date: '2015-09-15',
    };
    const read = {
      chapters: [
        {
          ...chapter({ key: 'ik', kind: 'internal_control' }),
          guidance: null,
          required: false,
          hasText: true,
          source: 'internal_control',
          missing: [],
          text: null,
          internalControl: [row],
        },
      ],
    } as unknown as ReportChapters;
    expect(printedOf(read)).toEqual([
      chapter({ key: 'ik', kind: 'internal_control', internalControl: [row] }),
    ]);
    const html = renderToStaticMarkup(<FollowUpTable rows={[row]} />);
    for (const cell of Object.values(row))
      if (typeof cell === 'string') expect(html).toContain(`<td>${cell}</td>`);
    expect(html).toContain('<td>internalControl.followUp.performedYes</td>');
  });
});
