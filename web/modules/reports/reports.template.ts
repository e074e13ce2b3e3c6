import type { ChapterKind, TemplateChapter } from '#contracts/reports.ts';

/*
 * The template editor's changes to a list of chapters, pure. A top-level chapter moves with its
 * sub-chapters as one block; a sub-chapter moves among its siblings and stays under its parent,
 * so every change keeps what the server checks: parents first, one level of sub-chapters.
 */

type Chapters = readonly TemplateChapter[];

/** The blocks of a list: each top-level chapter with the sub-chapters that follow it. */
function blocks(chapters: Chapters): TemplateChapter[][] {
  const result: TemplateChapter[][] = [];
  for (const chapter of chapters) {
    if (chapter.parentKey === null || result.length === 0) result.push([chapter]);
    else result[result.length - 1]!.push(chapter);
  }
  return result;
}

const swapped = <T>(items: readonly T[], a: number, b: number): T[] => {
  const copy = [...items];
  [copy[a], copy[b]] = [copy[b]!, copy[a]!];
  return copy;
};

/** Can the chapter move one place up (-1) or down (1)? */
export function canMove(chapters: Chapters, key: string, step: -1 | 1): boolean {
  return moveChapter(chapters, key, step) !== chapters;
}

/** The chapter one place up or down; the list itself when it cannot move that way. */
export function moveChapter(chapters: Chapters, key: string, step: -1 | 1): Chapters {
  const chapter = chapters.find((c) => c.key === key);
  if (!chapter) return chapters;
  if (chapter.parentKey === null) {
    const list = blocks(chapters);
    const at = list.findIndex((b) => b[0]!.key === key);
    const to = at + step;
    if (to < 0 || to >= list.length) return chapters;
    return swapped(list, at, to).flat();
  }
  const siblings = chapters
    .map((c, index) => ({ c, index }))
    .filter(({ c }) => c.parentKey === chapter.parentKey);
  const at = siblings.findIndex(({ c }) => c.key === key);
  const other = siblings[at + step];
  if (!other) return chapters;
  return swapped(chapters, siblings[at]!.index, other.index);
}

/** Removes a chapter; its sub-chapters stay, as top-level chapters where it stood. */
export function removeChapter(chapters: Chapters, key: string): TemplateChapter[] {
  return chapters
    .filter((c) => c.key !== key)
    .map((c) => (c.parentKey === key ? { ...c, parentKey: null } : c));
}

export function updateChapter(
  chapters: Chapters,
  key: string,
  patch: Partial<Pick<TemplateChapter, 'heading' | 'guidance' | 'required'>>,
): TemplateChapter[] {
  return chapters.map((c) => (c.key === key ? { ...c, ...patch } : c));
}

/** The chapters that can be the parent of `key`: top-level ones other than itself. */
export function parentChoices(chapters: Chapters, key: string): TemplateChapter[] {
  const hasChildren = chapters.some((c) => c.parentKey === key);
  if (hasChildren) return [];
  return chapters.filter((c) => c.parentKey === null && c.key !== key);
}

/**
 * Puts a chapter under another (last among its sub-chapters) or, with null, makes it top-level
 * right after the block it was in.
 */
export function setParent(chapters: Chapters, key: string, parentKey: string | null) {
  const chapter = chapters.find((c) => c.key === key);
  if (!chapter || chapter.parentKey === parentKey) return [...chapters];
  const moved = { ...chapter, parentKey };
  const rest = chapters.filter((c) => c.key !== key);
  const anchor = parentKey ?? chapter.parentKey;
  const list = blocks(rest);
  const at = list.findIndex((b) => b[0]!.key === anchor);
  if (at < 0) return [...rest, moved];
  list.splice(at, 1, parentKey ? [...list[at]!, moved] : list[at]!);
  if (!parentKey) list.splice(at + 1, 0, [moved]);
  return list.flat();
}

/** A new chapter of a kind at the end, with a key no chapter has. */
export function addChapter(
  chapters: Chapters,
  kind: ChapterKind,
  heading: string,
): TemplateChapter[] {
  const taken = new Set(chapters.map((c) => c.key));
  let n = chapters.length + 1;
  while (taken.has(`kapitel-${n}`)) n++;
  return [
    ...chapters,
    { key: `kapitel-${n}`, kind, heading, guidance: '', required: false, parentKey: null },
  ];
}
