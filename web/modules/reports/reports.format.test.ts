import { expect, test } from 'vitest';
import { fileSize } from './reports.format.ts';

test('a file’s size reads in bytes, kilobytes or megabytes, with a Swedish decimal comma', () => {
  expect(fileSize(840, 'sv')).toBe('840 B');
  expect(fileSize(12 * 1024 + 300, 'sv')).toBe('12 kB');
  expect(fileSize(3.4 * 1024 * 1024, 'sv')).toBe('3,4 MB');
  expect(fileSize(3.4 * 1024 * 1024, 'en')).toBe('3.4 MB');
});
