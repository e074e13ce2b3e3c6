import { describe, expect, test } from 'vitest';
import { chapterNumbers, type TemplateChapter } from '#contracts/reports.ts';
import { periodKinds } from '#contracts/years.ts';
import { defaultTemplate } from './reports.defaults.ts';
import { attachmentKind, chapterMissing, templateProblems } from './reports.rules.ts';

const chapter = (key: string, more: Partial<TemplateChapter> = {}): TemplateChapter => ({
  key,
  kind: 'text',
  heading: key,
  guidance: '',
  required: true,
  parentKey: null,
  ...more,
});

describe('a template’s problems', () => {
  test('a key used twice is refused on the second chapter', () => {
    const problems = templateProblems([chapter('a'), chapter('b'), chapter('a')]);
    expect(problems.map((p) => [p.path, p.code])).toEqual([
      ['chapters.2.key', 'templates.duplicate_key'],
    ]);
  });

  test('a sub-chapter’s parent must exist and come before it', () => {
    const problems = templateProblems([
      chapter('sub', { parentKey: 'top' }),
      chapter('top'),
      chapter('ghost-child', { parentKey: 'ghost' }),
    ]);
    expect(problems.map((p) => [p.path, p.code])).toEqual([
      ['chapters.0.parentKey', 'templates.unknown_parent'],
      ['chapters.2.parentKey', 'templates.unknown_parent'],
    ]);
  });

  test('a sub-chapter cannot have sub-chapters of its own', () => {
    const problems = templateProblems([
      chapter('top'),
      chapter('sub', { parentKey: 'top' }),
      chapter('subsub', { parentKey: 'sub' }),
    ]);
    expect(problems.map((p) => p.code)).toEqual(['templates.nested_parent']);
  });

  test('the goal follow-up and the attachments appear at most once', () => {
    const problems = templateProblems([
      chapter('g1', { kind: 'goals' }),
      chapter('g2', { kind: 'goals' }),
      chapter('b', { kind: 'attachments' }),
      chapter('economy1', { kind: 'economy_analysis' }),
      chapter('economy2', { kind: 'economy_analysis' }),
    ]);
    expect(problems.map((p) => [p.path, p.code])).toEqual([
      ['chapters.1.kind', 'templates.kind_twice'],
    ]);
  });

  test.each(periodKinds)('the default template of %s periods is well-formed', (kind) => {
    expect(templateProblems(defaultTemplate(kind))).toEqual([]);
  });
});

describe('chapter numbers', () => {
  test('top-level chapters count on, sub-chapters count under their parent', () => {
    expect(
      chapterNumbers([
        chapter('a'),
        chapter('b'),
        chapter('b1', { parentKey: 'b' }),
        chapter('b2', { parentKey: 'b' }),
        chapter('c'),
        chapter('c1', { parentKey: 'c' }),
      ]),
    ).toEqual(['1', '2', '2.1', '2.2', '3', '3.1']);
  });

  test('the annual default numbers the seed’s economy chapters 3.1 to 3.6', () => {
    const annual = defaultTemplate('annual');
    const numbers = chapterNumbers(annual);
    expect(annual.map((c, i) => `${numbers[i]} ${c.heading}`).slice(0, 5)).toEqual([
      '1 Sammanfattande analys',
      '2 Uppföljning av Kommunfullmäktiges inriktningsmål',
      '3 Uppföljning av ekonomi',
      '3.1 Analys av resultaträkning – uppföljning av driftbudget',
      '3.2 Resultatenheter',
    ]);
    expect(annual.at(-1)).toMatchObject({ kind: 'attachments', heading: 'Bilagor' });
  });
});

describe('what a chapter is missing', () => {
  const none = { text: null, goalsMissing: 0, attachments: 0 };
  test('a required text chapter with no text, or only blanks, misses its text', () => {
    expect(chapterMissing({ kind: 'text', required: true }, none)).toEqual([
      { code: 'text', count: 1 },
    ]);
    expect(
      chapterMissing({ kind: 'complaints', required: true }, { ...none, text: ' \n' }),
    ).toEqual([{ code: 'text', count: 1 }]);
    expect(chapterMissing({ kind: 'text', required: true }, { ...none, text: 'Klart.' })).toEqual(
      [],
    );
  });

  test('a required internal control chapter is missing only with neither a text nor a follow-up', () => {
    const chapter = { kind: 'internal_control', required: true } as const;
    expect(chapterMissing(chapter, none)).toEqual([{ code: 'internal_control', count: 1 }]);
    expect(chapterMissing(chapter, { ...none, internalControl: true })).toEqual([]);
    expect(chapterMissing(chapter, { ...none, text: 'Se bilaga 4.' })).toEqual([]);
    expect(chapterMissing({ ...chapter, required: false }, none)).toEqual([]);
  });

  test('an optional text chapter misses nothing when empty', () => {
    expect(chapterMissing({ kind: 'text', required: false }, none)).toEqual([]);
  });

  test('the goal follow-up misses what the report lists as missing', () => {
    expect(chapterMissing({ kind: 'goals', required: true }, { ...none, goalsMissing: 3 })).toEqual(
      [{ code: 'goals', count: 3 }],
    );
    expect(chapterMissing({ kind: 'goals', required: true }, none)).toEqual([]);
  });

  test('required attachments are missing until a file is attached', () => {
    expect(chapterMissing({ kind: 'attachments', required: true }, none)).toEqual([
      { code: 'attachments', count: 1 },
    ]);
    expect(
      chapterMissing({ kind: 'attachments', required: true }, { ...none, attachments: 1 }),
    ).toEqual([]);
    expect(chapterMissing({ kind: 'attachments', required: false }, none)).toEqual([]);
  });
});

describe('the kind of an attached file', () => {
  const pdf = new TextEncoder().encode('%PDF-1.7\n…');
  const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]);
  test('a PDF, Word or Excel file is known by its ending and its first bytes', () => {
    expect(attachmentKind('Bilaga 1.PDF', pdf)).toEqual({ contentType: 'application/pdf' });
    expect(attachmentKind('plan.docx', zip)?.contentType).toMatch(/wordprocessingml/);
    expect(attachmentKind('tabell.xlsx', zip)?.contentType).toMatch(/spreadsheetml/);
  });

  test('another ending, or bytes that are not what the ending says, are refused', () => {
    expect(attachmentKind('script.exe', zip)).toBeNull();
    expect(attachmentKind('page.html', pdf)).toBeNull();
    expect(attachmentKind('fake.pdf', zip)).toBeNull();
    expect(attachmentKind('fake.docx', pdf)).toBeNull();
    expect(attachmentKind('no-ending', pdf)).toBeNull();
  });
});
