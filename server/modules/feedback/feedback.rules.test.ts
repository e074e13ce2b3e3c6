import { describe, expect, test } from 'vitest';
import type { FeedbackYear } from '#contracts/feedback.ts';
import { feedbackTotals, surveyChanges } from './feedback.rules.ts';

const year = (counts: FeedbackYear['counts'], surveys: FeedbackYear['surveys'] = []) => ({
  counts,
  surveys,
  themes: '',
  actions: '',
});
const survey = (name: string, satisfiedShare: number | null) => ({
  name,
  satisfiedShare,
  respondents: null,
  responseRate: null,
  scale: '1–5',
  satisfiedMeans: '4–5',
});

describe('feedback totals (R-S1)', () => {
  test('the total is complaints + praise + suggestions, by channel and by kind and category', () => {
    const totals = feedbackTotals(
      year([
        { kind: 'complaint', category: 'Bemötande', channel: 'Tyck till', count: 108 },
        { kind: 'complaint', category: 'Bemötande', channel: 'E-post', count: 10 },
        { kind: 'praise', category: 'Bemötande', channel: 'Tyck till', count: 64 },
        { kind: 'suggestion', category: 'Övrigt', channel: 'E-post', count: 27 },
      ]),
    );
    expect(totals).toMatchObject({ complaint: 118, praise: 64, suggestion: 27, total: 209 });
    expect(totals.byChannel).toEqual([
      { channel: 'Tyck till', count: 172 },
      { channel: 'E-post', count: 37 },
    ]);
    // A category of complaints and the same category of praise are not added together.
    expect(totals.byCategory).toEqual([
      { category: 'Bemötande', kind: 'complaint', count: 118 },
      { category: 'Bemötande', kind: 'praise', count: 64 },
      { category: 'Övrigt', kind: 'suggestion', count: 27 },
    ]);
  });

  test('an empty year counts zero, not nothing', () => {
    expect(feedbackTotals(year([]))).toEqual({
      complaint: 0,
      praise: 0,
      suggestion: 0,
      total: 0,
      byChannel: [],
      byCategory: [],
    });
  });
});

describe('a survey’s change (R-S2)', () => {
  test('is in percentage points against the survey of the same name last year, exact to hundredths', () => {
    expect(
      surveyChanges(
        year([], [survey('Hemtjänst', 79.3), survey('Ny', 50), survey('Utan andel', null)]),
        year([], [survey('Hemtjänst', 73.1), survey('Utan andel', 60)]),
      ),
    ).toEqual([
      { name: 'Hemtjänst', points: 6.2 },
      { name: 'Ny', points: null },
      { name: 'Utan andel', points: null },
    ]);
  });

  test('no year this year has no changes; none last year gives no points', () => {
    expect(surveyChanges(null, year([], [survey('A', 1)]))).toEqual([]);
    expect(surveyChanges(year([], [survey('A', 1)]), null)).toEqual([{ name: 'A', points: null }]);
  });
});
