import { describe, expect, test } from 'vitest';
import { emptySurvey, fieldsOf, inputOf } from './feedback.form.ts';

const stored = {
  counts: [
    { kind: 'complaint' as const, category: 'Bemötande', channel: 'Tyck till', count: 108 },
    { kind: 'praise' as const, category: 'Bemötande', channel: 'Tyck till', count: 0 },
    { kind: 'suggestion' as const, category: 'Övrigt', channel: 'E-post', count: 1204 },
  ],
  themes: 'Väntetider.',
  actions: '',
  surveys: [
    {
      name: 'Brukarundersökning',
      satisfiedShare: 72.5,
      respondents: null,
      responseRate: 64,
      scale: '1–10',
      satisfiedMeans: '8–10',
    },
  ],
};

describe('the feedback form', () => {
  test('counts show as a grid by category and channel and save back unchanged, 0 kept', () => {
    const fields = fieldsOf(stored);
    expect(fields.rows).toEqual([
      {
        category: 'Bemötande',
        channel: 'Tyck till',
        complaint: '108',
        praise: '0',
        suggestion: '',
      },
      { category: 'Övrigt', channel: 'E-post', complaint: '', praise: '', suggestion: '1204' },
    ]);
    expect(fields.surveys[0]!.satisfiedShare).toBe('72,5');
    const made = inputOf(fields, 3);
    expect(made).toEqual({ ok: true, input: { ...stored, version: 3 } });
  });

  test('Swedish numbers are read; a blank row is dropped', () => {
    const fields = fieldsOf(null);
    fields.rows[0] = {
      category: 'Bemötande',
      channel: 'Telefon',
      complaint: '1 204',
      praise: '',
      suggestion: '',
    };
    fields.rows.push({ category: ' ', channel: '', complaint: '', praise: '', suggestion: '' });
    const made = inputOf(fields, 0);
    expect(made.ok && made.input.counts).toEqual([
      { kind: 'complaint', category: 'Bemötande', channel: 'Telefon', count: 1204 },
    ]);
  });

  test('every wrong field is named: a fraction, text, a missing category, a row twice, a share above 100', () => {
    const fields = fieldsOf(null);
    fields.rows = [
      { category: 'A', channel: 'Tyck till', complaint: '2,5', praise: 'tio', suggestion: '' },
      { category: '', channel: 'E-post', complaint: '1', praise: '', suggestion: '' },
      { category: 'a', channel: 'tyck till', complaint: '1', praise: '', suggestion: '' },
    ];
    fields.surveys = [{ ...emptySurvey(), name: 'Enkät', satisfiedShare: '101', scale: '1–5' }];
    const made = inputOf(fields, 0);
    expect(made.ok ? [] : made.problems).toEqual([
      { field: 'row-0-complaint', problem: 'whole' },
      { field: 'row-0-praise', problem: 'number' },
      { field: 'row-1-category', problem: 'required' },
      { field: 'row-2-channel', problem: 'twice' },
      { field: 'survey-0-satisfiedShare', problem: 'percent' },
      { field: 'survey-0-satisfiedMeans', problem: 'required' },
    ]);
  });
});
