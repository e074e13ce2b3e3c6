import type {
  ChapterKind,
  ChapterMissing,
  ChapterSource,
  TemplateChapter,
} from '#contracts/reports.ts';
import { attachmentTypes, chapterNumbers, type PrintedChapter } from '#contracts/reports.ts';
import { codedIssue, type CodedIssue } from '#contracts/issues.ts';
import type { MissingItem } from '#contracts/followup.ts';

/*
 * The pure rules of report templates: what each kind of chapter holds, which templates are
 * well-formed, how chapters are numbered, and what a unit's chapter is missing.
 */

/**
 * What each kind of chapter holds besides its heading: a text the unit writes (every kind but
 * the goal follow-up and the attachments), and what it shows from elsewhere. Rödtråd holds no
 * balance sheet, control register, equality figures, complaint counts or staff key figures yet:
 * those chapters say "no data yet" rather than show something made up.
 */
export const chapterParts: Record<ChapterKind, { text: boolean; source: ChapterSource }> = {
  text: { text: true, source: 'none' },
  goals: { text: false, source: 'goals' },
  economy_analysis: { text: true, source: 'none' },
  economy_operating: { text: true, source: 'economy' },
  economy_year_comparison: { text: true, source: 'economy' },
  economy_result_per_area: { text: true, source: 'economy' },
  economy_result_units: { text: true, source: 'economy' },
  economy_investments: { text: true, source: 'economy' },
  economy_large_projects: { text: true, source: 'none' },
  economy_carry_overs: { text: true, source: 'economy' },
  economy_balance_sheet: { text: true, source: 'no_data' },
  internal_control: { text: true, source: 'internal_control' },
  equality: { text: true, source: 'no_data' },
  complaints: { text: true, source: 'none' },
  staff: { text: true, source: 'none' },
  attachments: { text: false, source: 'attachments' },
};

/**
 * A template's problems, each on its chapter's field: keys must be unique, a sub-chapter's parent
 * must come before it and be a top-level chapter (one level of sub-headings, as 4.1 under 4), and
 * there is at most one goal follow-up and one list of attachments.
 */
export function templateProblems(chapters: readonly TemplateChapter[]): CodedIssue[] {
  const problems: CodedIssue[] = [];
  const seen = new Map<string, TemplateChapter>();
  const once: ChapterKind[] = ['goals', 'attachments'];
  chapters.forEach((chapter, index) => {
    const at = (field: string) => `chapters.${index}.${field}`;
    if (seen.has(chapter.key))
      problems.push(
        codedIssue(at('key'), 'templates.duplicate_key', { key: chapter.key }, 'is used twice'),
      );
    if (chapter.parentKey !== null) {
      const parent = seen.get(chapter.parentKey);
      if (!parent)
        problems.push(
          codedIssue(
            at('parentKey'),
            'templates.unknown_parent',
            { key: chapter.parentKey },
            'must be the key of a chapter before this one',
          ),
        );
      else if (parent.parentKey !== null)
        problems.push(
          codedIssue(
            at('parentKey'),
            'templates.nested_parent',
            { key: chapter.parentKey },
            'must be a top-level chapter (one level of sub-chapters)',
          ),
        );
    }
    if (once.includes(chapter.kind) && chapters.findIndex((c) => c.kind === chapter.kind) !== index)
      problems.push(
        codedIssue(
          at('kind'),
          'templates.kind_twice',
          {},
          'a template has this kind of chapter at most once',
        ),
      );
    if (!seen.has(chapter.key)) seen.set(chapter.key, chapter);
  });
  return problems;
}

/**
 * What a unit's chapter is missing: a required text that is empty; for the goal follow-up, the
 * items the report itself lists as missing; a required list of attachments with none.
 */
export function chapterMissing(
  chapter: Pick<TemplateChapter, 'kind' | 'required'>,
  found: {
    text: string | null;
    goalsMissing: number;
    attachments: number;
    /** an internal control chapter: the unit has followed up a control of its plan */
    internalControl?: boolean;
  },
): ChapterMissing[] {
  const missing: ChapterMissing[] = [];
  const noText = (found.text ?? '').trim() === '';
  // An internal control chapter is empty only without both a text and a follow-up.
  if (chapter.kind === 'internal_control') {
    if (chapter.required && noText && !found.internalControl)
      missing.push({ code: 'internal_control', count: 1 });
  } else if (chapterParts[chapter.kind].text && chapter.required && noText)
    missing.push({ code: 'text', count: 1 });
  if (chapter.kind === 'goals' && found.goalsMissing > 0)
    missing.push({ code: 'goals', count: found.goalsMissing });
  if (chapter.kind === 'attachments' && chapter.required && found.attachments === 0)
    missing.push({ code: 'attachments', count: 1 });
  return missing;
}

/**
 * The chapters a unit has yet to write for its report to be ready: each required text chapter
 * with an empty text and a required list of attachments with none, in template order, as the
 * report's missing items (id: the chapter's key, title: its heading).
 */
export function chapterGaps(
  chapters: readonly Pick<TemplateChapter, 'key' | 'kind' | 'heading' | 'required'>[],
  texts: readonly { chapterKey: string; text: string }[],
  attachments: number,
  internalControl = false,
): MissingItem[] {
  return chapters.flatMap((chapter): MissingItem[] => {
    const text = texts.find((t) => t.chapterKey === chapter.key)?.text ?? null;
    const missing = chapterMissing(chapter, {
      text,
      goalsMissing: 0,
      attachments,
      internalControl,
    });
    return missing.length > 0 ? [{ kind: 'chapter', id: chapter.key, title: chapter.heading }] : [];
  });
}

/**
 * The chapters as printed, in template order, numbered: each with the unit's text where its kind
 * has one and something is written (blank counts as nothing). Copied field by field, so that
 * guidance, requirement and editors stay inside.
 */
export function printedChapters(
  chapters: readonly TemplateChapter[],
  texts: readonly { chapterKey: string; text: string }[],
): PrintedChapter[] {
  const numbers = chapterNumbers(chapters);
  return chapters.map((chapter, index) => {
    const text = texts.find((t) => t.chapterKey === chapter.key)?.text ?? '';
    return {
      key: chapter.key,
      kind: chapter.kind,
      number: numbers[index]!,
      heading: chapter.heading,
      parentKey: chapter.parentKey,
      text: chapterParts[chapter.kind].text && text.trim() !== '' ? text : null,
    };
  });
}

const pdfMagic = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const zipMagic = [0x50, 0x4b, 0x03, 0x04]; // PK\3\4: docx and xlsx are zip packages
const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/**
 * The kind of an attached file, by its name's ending and its first bytes: a PDF, a Word or an
 * Excel file (null for anything else, a renamed file whose bytes say otherwise included). The
 * content type is decided here, never taken from the upload, so the download says what it is.
 */
export function attachmentKind(
  name: string,
  bytes: Uint8Array,
): { contentType: keyof typeof attachmentTypes } | null {
  const ending = /\.([a-z]+)$/i.exec(name)?.[1]?.toLowerCase();
  const entry = Object.entries(attachmentTypes).find(([, e]) => e === ending);
  if (!entry) return null;
  const magic = ending === 'pdf' ? pdfMagic : zipMagic;
  return startsWith(bytes, magic)
    ? { contentType: entry[0] as keyof typeof attachmentTypes }
    : null;
}
