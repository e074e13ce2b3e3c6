import { describe, expect, test } from 'vitest';
import type { ReportState, ReportTransitionInput } from '#contracts/followup.ts';
import type { TemplateChapter } from '#contracts/reports.ts';
import { nextState } from '../followup/workflow/followup.workflow.rules.ts';
import { chapterGaps } from './reports.rules.ts';

const chapter = (over: Partial<TemplateChapter>): TemplateChapter => ({
  key: 'inledning',
  kind: 'text',
  heading: 'Inledning',
  guidance: '',
  required: true,
  parentKey: null,
  ...over,
});

const template = [
  chapter({}),
  chapter({ key: 'mal', kind: 'goals', heading: 'Mål' }),
  chapter({ key: 'ovrigt', heading: 'Övrigt', required: false }),
  chapter({ key: 'ekonomi', kind: 'economy_analysis', heading: 'Ekonomi' }),
  chapter({ key: 'bilagor', kind: 'attachments', heading: 'Bilagor' }),
];

describe('the chapters a unit has yet to write', () => {
  test('are the required texts left empty or blank and a required list of attachments with none, in template order', () => {
    expect(chapterGaps(template, [{ chapterKey: 'ekonomi', text: ' \n ' }], 0)).toEqual([
      { kind: 'chapter', id: 'inledning', title: 'Inledning' },
      { kind: 'chapter', id: 'ekonomi', title: 'Ekonomi' },
      { kind: 'chapter', id: 'bilagor', title: 'Bilagor' },
    ]);
  });

  test('are none once every required chapter is written and a file is attached; optional ones never count', () => {
    const texts = [
      { chapterKey: 'inledning', text: 'Året i korthet.' },
      { chapterKey: 'ekonomi', text: 'Resultatet blev +2 mnkr.' },
    ];
    expect(chapterGaps(template, texts, 1)).toEqual([]);
  });
});

describe('marking a report ready', () => {
  const draft: ReportState = {
    unitId: '00000000-0000-4000-8000-0000000000aa',
    periodId: '00000000-0000-4000-8000-0000000000bb',
    status: 'draft',
    adoptedOn: null,
    decisionRef: null,
    returnComment: '',
    version: 1,
    published: false,
    publishedAt: null,
    adoptReason: '',
    publishReason: '',
  };
  const submit: ReportTransitionInput = {
    transition: 'submit',
    comment: '',
    reason: '',
    itemComments: [],
    adoptedOn: null,
    decisionRef: null,
    version: 1,
  };

  test('is refused for each missing chapter, by its key and heading', () => {
    const outcome = nextState(draft, submit, chapterGaps(template, [], 1), '2026-01-10');
    expect(outcome).toMatchObject({
      ok: false,
      issues: [
        {
          path: 'chapters.inledning',
          code: 'followup.chapter_missing',
          params: { chapter: 'Inledning' },
        },
        {
          path: 'chapters.ekonomi',
          code: 'followup.chapter_missing',
          params: { chapter: 'Ekonomi' },
        },
      ],
    });
  });

  test('is not held up by a missing chapter when the report is sent back', () => {
    const ready = { ...draft, status: 'ready' as const };
    const back = { ...submit, transition: 'send_back' as const, comment: 'Komplettera.' };
    expect(nextState(ready, back, chapterGaps(template, [], 0), '2026-01-10').ok).toBe(true);
  });
});
