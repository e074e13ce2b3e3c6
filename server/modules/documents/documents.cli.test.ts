import { describe, expect, test } from 'vitest';
import { formatOf } from './documents.cli.ts';

describe('rodtrad report --format', () => {
  test('takes the format asked for, else the --out file’s ending', () => {
    expect(formatOf('pdf', 'vb.docx')).toBe('pdf');
    expect(formatOf(undefined, 'Verksamhetsberättelse 2015.DOCX')).toBe('docx');
    expect(formatOf(undefined, 'out.html')).toBe('html');
  });

  test('names the option when neither says a format it makes', () => {
    expect(() => formatOf(undefined, 'vb.odt')).toThrow(/--format: give one of html, docx, pdf/);
    expect(() => formatOf(undefined, 'vb')).toThrow(/--format/);
  });
});
