import { describe, expect, test } from 'vitest';
import { fileNameOf } from './document-downloads.tsx';

describe('the name a downloaded document is saved under', () => {
  test('is the UTF-8 name of Content-Disposition, else its ASCII fallback, else the default', () => {
    const utf8 = `attachment; filename="Verksamhetsber_ttelse 2015.pdf"; filename*=UTF-8''${encodeURIComponent('Verksamhetsberättelse 2015 – Kommunstyrelsen.pdf')}`;
    expect(fileNameOf(utf8, 'document.pdf')).toBe(
      'Verksamhetsberättelse 2015 – Kommunstyrelsen.pdf',
    );
    expect(fileNameOf('attachment; filename="Rapport.docx"', 'document.docx')).toBe('Rapport.docx');
    expect(fileNameOf(`attachment; filename="a.html"; filename*=UTF-8''%E0%A4%A`, 'x')).toBe(
      'a.html',
    );
    expect(fileNameOf(null, 'document.html')).toBe('document.html');
  });
});
