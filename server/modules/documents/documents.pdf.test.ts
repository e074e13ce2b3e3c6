import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterEach, describe, expect } from 'vitest';
import { createPdfPrinter, launchChromium, type PdfPrinter } from './documents.pdf.ts';
import type { Spans } from './documents.spans.ts';
import { chromiumTest, pdfInfo, pdfText } from './documents.testing.ts';

/** The printer keeps one Chromium: reused across documents, relaunched when it went away. */

const page = (text: string) =>
  `<!doctype html><html lang="sv-SE"><head><title>${text}</title></head><body><h1>${text}</h1></body></html>`;

const printed = (bytes: Buffer) => pdfText(bytes).replace(/\s+/g, ' ').trim();

describe('the PDF printer', () => {
  const open: PdfPrinter[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((p) => p.close()));
  });

  /** A printer whose launches are kept, to close a browser from outside as a crash would. */
  const watched = (concurrency?: number, wrap?: (browser: Browser) => Browser) => {
    const browsers: Browser[] = [];
    const printer = createPdfPrinter(null, {
      concurrency,
      launch: async (path) => {
        const browser = await launchChromium(path);
        browsers.push(browser);
        return wrap ? wrap(browser) : browser;
      },
    });
    open.push(printer);
    return { printer, browsers };
  };

  chromiumTest(
    'prints two documents with one launch, the second on a context made ahead',
    async () => {
      const { printer, browsers } = watched();
      const first = await printer.print(page('Första dokumentet'));
      // meanwhile the first document's context is closed and the next one's made: one context
      await expect.poll(() => browsers[0]!.contexts().length, { timeout: 20_000 }).toBe(1);
      const spareContext = browsers[0]!.contexts()[0];
      const spans: Spans = {};
      const second = await printer.print(page('Andra dokumentet'), spans);
      expect(printed(first)).toBe('Första dokumentet');
      expect(printed(second)).toBe('Andra dokumentet');
      expect(pdfInfo(second).Title).toBe('Andra dokumentet');
      expect(printer.launches()).toBe(1);
      expect(browsers).toHaveLength(1);
      // the second was printed on the spare, which is closed after it like every document's
      await expect.poll(() => browsers[0]!.contexts().includes(spareContext!)).toBe(false);
      expect(Object.keys(spans)).toEqual(
        expect.arrayContaining(['chromium page', 'chromium setContent', 'chromium pdf']),
      );
    },
    60_000,
  );

  chromiumTest(
    'launches Chromium again after it went away, and prints',
    async () => {
      const { printer, browsers } = watched();
      expect(printed(await printer.print(page('Före')))).toBe('Före');
      await browsers[0]!.close(); // as if it crashed
      expect(printed(await printer.print(page('Efter')))).toBe('Efter');
      expect(printer.launches()).toBe(2);
      expect(browsers[1]!.isConnected()).toBe(true);
      // and once more on the new one, without a launch
      expect(printed(await printer.print(page('Igen')))).toBe('Igen');
      expect(printer.launches()).toBe(2);
    },
    60_000,
  );

  chromiumTest(
    'prints once more on a new Chromium when the browser goes away while printing',
    async () => {
      let crashes = 1;
      const { printer } = watched(undefined, (browser) => {
        const newContext = browser.newContext.bind(browser);
        browser.newContext = async (...args) => {
          if (crashes > 0) {
            crashes -= 1;
            await browser.close();
          }
          return newContext(...args);
        };
        return browser;
      });
      expect(printed(await printer.print(page('Trots allt')))).toBe('Trots allt');
      expect(printer.launches()).toBe(2);
    },
    60_000,
  );

  chromiumTest(
    'prints concurrent documents with one launch, at most `concurrency` at once',
    async () => {
      let active = 0;
      let most = 0;
      const { printer } = watched(1, (browser) => {
        const newContext = browser.newContext.bind(browser);
        browser.newContext = async (...args): Promise<BrowserContext> => {
          const context = await newContext(...args);
          const newPage = context.newPage.bind(context);
          context.newPage = async (): Promise<Page> => {
            const made = await newPage();
            const pdf = made.pdf.bind(made);
            made.pdf = async (...options) => {
              active += 1;
              most = Math.max(most, active);
              try {
                return await pdf(...options);
              } finally {
                active -= 1;
              }
            };
            return made;
          };
          return context;
        };
        return browser;
      });
      const names = ['Ett', 'Två', 'Tre'];
      const pdfs = await Promise.all(names.map((name) => printer.print(page(name))));
      expect(pdfs.map(printed)).toEqual(names);
      expect(printer.launches()).toBe(1);
      expect(most).toBe(1);
    },
    90_000,
  );
});
