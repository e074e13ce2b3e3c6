import { describe, expect, test } from 'vitest';
import type { TemplateChapter } from '#contracts/reports.ts';
import {
  addChapter,
  canMove,
  moveChapter,
  parentChoices,
  removeChapter,
  setParent,
  updateChapter,
} from './reports.template.ts';

const chapter = (key: string, parentKey: string | null = null): TemplateChapter => ({
  key,
  kind: 'text',
  heading: key.toUpperCase(),
  guidance: '',
  required: false,
  parentKey,
});
// 1 a, 2 b (2.1 b1, 2.2 b2), 3 c
const list = [chapter('a'), chapter('b'), chapter('b1', 'b'), chapter('b2', 'b'), chapter('c')];
const keys = (chapters: readonly TemplateChapter[]) => chapters.map((c) => c.key);

describe('moving chapters', () => {
  test('a top-level chapter moves past the next chapter with all its sub-chapters', () => {
    expect(keys(moveChapter(list, 'a', 1))).toEqual(['b', 'b1', 'b2', 'a', 'c']);
    expect(keys(moveChapter(list, 'c', -1))).toEqual(['a', 'c', 'b', 'b1', 'b2']);
  });

  test('a parent moves with its sub-chapters', () => {
    expect(keys(moveChapter(list, 'b', -1))).toEqual(['b', 'b1', 'b2', 'a', 'c']);
  });

  test('a sub-chapter moves among its siblings and never leaves its parent', () => {
    expect(keys(moveChapter(list, 'b2', -1))).toEqual(['a', 'b', 'b2', 'b1', 'c']);
    expect(canMove(list, 'b1', -1)).toBe(false);
    expect(canMove(list, 'b2', 1)).toBe(false);
  });

  test('the first cannot go up and the last cannot go down', () => {
    expect(canMove(list, 'a', -1)).toBe(false);
    expect(canMove(list, 'c', 1)).toBe(false);
    expect(canMove(list, 'a', 1)).toBe(true);
  });
});

describe('changing chapters', () => {
  test('removing a parent keeps its sub-chapters, now top-level', () => {
    const removed = removeChapter(list, 'b');
    expect(removed.map((c) => [c.key, c.parentKey])).toEqual([
      ['a', null],
      ['b1', null],
      ['b2', null],
      ['c', null],
    ]);
  });

  test('a heading, guidance or requirement changes on its chapter only', () => {
    const changed = updateChapter(list, 'c', { heading: 'Bilagor', required: true });
    expect(changed.at(-1)).toMatchObject({ key: 'c', heading: 'Bilagor', required: true });
    expect(changed[0]).toEqual(list[0]);
  });

  test('a chapter put under another goes last among its sub-chapters', () => {
    expect(setParent(list, 'c', 'b').map((c) => [c.key, c.parentKey])).toEqual([
      ['a', null],
      ['b', null],
      ['b1', 'b'],
      ['b2', 'b'],
      ['c', 'b'],
    ]);
    expect(keys(setParent(list, 'a', 'c'))).toEqual(['b', 'b1', 'b2', 'c', 'a']);
  });

  test('a sub-chapter made top-level follows its former parent’s block', () => {
    expect(setParent(list, 'b1', null).map((c) => [c.key, c.parentKey])).toEqual([
      ['a', null],
      ['b', null],
      ['b2', 'b'],
      ['b1', null],
      ['c', null],
    ]);
  });

  test('only top-level chapters can be parents, and a parent cannot go under another', () => {
    expect(keys(parentChoices(list, 'a'))).toEqual(['b', 'c']);
    expect(parentChoices(list, 'b')).toEqual([]);
  });

  test('a new chapter gets a key no chapter has', () => {
    const once = addChapter([chapter('kapitel-2')], 'complaints', 'Synpunkter');
    expect(once.at(-1)).toMatchObject({ key: 'kapitel-3', kind: 'complaints', parentKey: null });
  });
});
