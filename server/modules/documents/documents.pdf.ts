import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { chromiumMissing } from './documents.errors.ts';

/**
 * The PDF renderer: the HTML renderer's document printed by headless Chromium (playwright-core),
 * as a tagged PDF (structure tree with headings, tables and their header cells, the document's
 * language and title) with an outline of the headings. One browser is launched on first use and
 * reused; `close` ends it (the app closes it on shutdown). Pages are printed with JavaScript off
 * and every request refused: the document is self-contained, and nothing in it may run or fetch.
 */

/** Where Debian, Ubuntu and others put Chromium when RODTRAD_CHROMIUM names none. */
const WELL_KNOWN = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/lib/chromium/chromium',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
];

/** The Chromium to launch: the configured one if it exists, else the first well-known one. */
export function findChromium(configured: string | null | undefined): string | null {
  if (configured) return existsSync(configured) ? configured : null;
  return WELL_KNOWN.find((path) => existsSync(path)) ?? null;
}

export type PdfPrinter = {
  /** the HTML document as PDF bytes */
  print(html: string): Promise<Buffer>;
  /** whether a Chromium was found (PDF can be made) */
  available(): boolean;
  close(): Promise<void>;
};

export function createPdfPrinter(configured?: string | null): PdfPrinter {
  const executablePath = findChromium(configured);
  let browser: Promise<Browser> | null = null;

  const launched = () => {
    if (!executablePath) throw chromiumMissing({ tried: configured ? [configured] : WELL_KNOWN });
    browser ??= chromium
      .launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu'] })
      .catch((error: unknown) => {
        browser = null;
        throw chromiumMissing({ tried: [executablePath], cause: String(error) });
      });
    return browser;
  };

  return {
    available: () => executablePath !== null,
    async print(html) {
      const context = await (await launched()).newContext({ javaScriptEnabled: false });
      try {
        await context.route('**/*', (route) => route.abort());
        const page = await context.newPage();
        await page.setContent(html, { waitUntil: 'load' });
        return await page.pdf({
          format: 'A4',
          printBackground: true,
          preferCSSPageSize: true,
          tagged: true,
          outline: true,
        });
      } finally {
        await context.close();
      }
    },
    async close() {
      const open = browser;
      browser = null;
      if (open) await (await open.catch(() => null))?.close();
    },
  };
}
