import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { test } from 'vitest';
import { findChromium } from './documents.pdf.ts';
import type { DocumentModel } from './documents.model.ts';

/**
 * Reading generated documents back the way a person's tools do: the DOCX unzipped and its XML
 * read, the PDF through poppler-utils (pdftotext, pdfinfo, pdftoppm).
 */

/** White space as one space (no-break spaces included), for comparing text across formats. */
export const normal = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();

const xmlText = (xml: string) =>
  xml
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** The parts of a DOCX package: the body, the headers and footers, the styles and settings. */
export async function docxParts(bytes: Uint8Array) {
  const zip = await JSZip.loadAsync(bytes);
  const read = async (name: string) => (await zip.file(name)?.async('string')) ?? '';
  const named = (pattern: RegExp) =>
    Promise.all(
      Object.keys(zip.files)
        .filter((n) => pattern.test(n))
        .map(read),
    );
  return {
    document: await read('word/document.xml'),
    styles: await read('word/styles.xml'),
    settings: await read('word/settings.xml'),
    numbering: await read('word/numbering.xml'),
    core: await read('docProps/core.xml'),
    headers: (await named(/^word\/header\d*\.xml$/)).join('\n'),
    footers: (await named(/^word\/footer\d*\.xml$/)).join('\n'),
  };
}

/** The text of a WordprocessingML part, a paragraph per line, entities decoded. */
export const docxText = (xml: string): string =>
  xml
    .split(/<\/w:p>/)
    .map((p) =>
      [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => xmlText(m[1]!)).join(''),
    )
    .join('\n');

function withFile<T>(bytes: Uint8Array, work: (file: string, dir: string) => T): T {
  const dir = mkdtempSync(path.join(tmpdir(), 'rodtrad-doc-'));
  try {
    const file = path.join(dir, 'document.pdf');
    writeFileSync(file, bytes);
    return work(file, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const pdfText = (bytes: Uint8Array): string =>
  withFile(bytes, (file) =>
    execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }),
  );

export const pdfInfo = (bytes: Uint8Array): Record<string, string> =>
  withFile(bytes, (file) =>
    Object.fromEntries(
      execFileSync('pdfinfo', [file], { encoding: 'utf8' })
        .split('\n')
        .filter((line) => line.includes(':'))
        .map((line) => [
          line.slice(0, line.indexOf(':')).trim(),
          line.slice(line.indexOf(':') + 1).trim(),
        ]),
    ),
  );

/**
 * The grey levels of a page rendered by pdftoppm (as a PGM: a header and a byte per pixel), and
 * their variance: a blank page has none.
 */
export const pageVariance = (bytes: Uint8Array, page: number): number =>
  withFile(bytes, (file, dir) => {
    execFileSync('pdftoppm', [
      '-gray',
      '-r',
      '40',
      '-f',
      String(page),
      '-l',
      String(page),
      file,
      path.join(dir, 'page'),
    ]);
    const image = readFileSync(
      path.join(
        dir,
        readdirSync(dir).find((n) => n.endsWith('.pgm'))!,
      ),
    );
    const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(image.toString('latin1', 0, 50))!;
    const pixels = image.subarray(header[0].length);
    const mean = pixels.reduce((sum, v) => sum + v, 0) / pixels.length;
    return pixels.reduce((sum, v) => sum + (v - mean) ** 2, 0) / pixels.length;
  });

/**
 * A test that needs Chromium: skipped, with the reason printed, only where there is none and CI
 * is not set (CI installs it, and there a missing Chromium must fail).
 */
export const chromiumTest = (() => {
  if (findChromium(null) !== null || process.env.CI === 'true') return test;
  console.warn('PDF tests skipped: no Chromium found (apt-get install chromium).');
  return test.skip;
})();

/** Every text of a model that a reader must find, in reading order (headings, cells, texts). */
export function textsOf(doc: DocumentModel): string[] {
  const out: string[] = [doc.title];
  const walk = (sections: DocumentModel['sections']) => {
    for (const s of sections) {
      out.push(s.heading);
      for (const b of s.blocks) {
        if (b.kind === 'paragraph') out.push(b.text);
        if (b.kind === 'table')
          out.push(b.caption, ...b.head.flat(), ...b.body.flatMap((r) => r.cells));
        if (b.kind === 'list') out.push(...b.items);
        if (b.kind === 'key_value') out.push(...b.items.flatMap((i) => [i.key, i.value]));
      }
      walk(s.sections);
    }
  };
  walk(doc.sections);
  return out.filter((t) => t.trim() !== '');
}
