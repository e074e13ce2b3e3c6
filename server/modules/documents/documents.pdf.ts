import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { chromiumMissing } from './documents.errors.ts';
import { timed, type Spans } from './documents.spans.ts';
import { turns } from '#server/turns.ts';

/**
 * The PDF renderer: the HTML renderer's document printed by headless Chromium (playwright-core),
 * as a tagged PDF (structure tree with headings, tables and their header cells, the document's
 * language and title) with an outline of the headings. One browser is launched on first use and
 * reused (relaunched if it went away); `close` ends it (the app closes it on shutdown). Pages are printed with JavaScript off
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
  /** the HTML document as PDF bytes; with `spans`, where Chromium's time went */
  print(html: string, spans?: Spans): Promise<Buffer>;
  /** whether a Chromium was found (PDF can be made) */
  available(): boolean;
  /** how many times Chromium was launched: 1 while the first one stays up */
  launches(): number;
  close(): Promise<void>;
};

export type PdfPrinterOptions = {
  /** how Chromium is started (tests watch it); playwright-core's launch unless told */
  launch?: (executablePath: string) => Promise<Browser>;
  /** pages printed at once; more wait their turn (default 2, this project's cores) */
  concurrency?: number;
};

export const launchChromium = (executablePath: string) =>
  chromium.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu'] });

/** A fresh context and its page on one browser. */
type Sheet = { browser: Browser; context: BrowserContext; page: Page };

async function newSheet(browser: Browser): Promise<Sheet> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    await context.route('**/*', (route) => route.abort());
    return { browser, context, page: await context.newPage() };
  } catch (error) {
    await context.close().catch(() => {});
    throw error;
  }
}

/**
 * The printer of a process. Chromium is launched on the first PDF and kept: a PDF then costs a
 * new browser context (its own cookies, cache and storage, closed after the document) and the
 * printing, not a browser's start (about a second). The next document's context and page are
 * made after each PDF while nobody waits (a spare), so a click finds one ready. If Chromium goes
 * away (it crashed or was killed), the next PDF launches a new one, and a PDF whose browser went
 * away while printing is printed once more on the new one. At most `concurrency` documents are
 * printed at once, so that a burst of requests does not start a renderer each on two cores.
 */
export function createPdfPrinter(
  configured?: string | null,
  options: PdfPrinterOptions = {},
): PdfPrinter {
  const executablePath = findChromium(configured);
  const launch = options.launch ?? launchChromium;
  const takeTurn = turns(options.concurrency ?? 2);
  let browser: Promise<Browser> | null = null;
  /** the launched browser while it is connected */
  let running: Browser | null = null;
  let spare: Promise<Sheet | null> | null = null;
  let launches = 0;

  const start = (path: string) => {
    launches += 1;
    const started: Promise<Browser> = launch(path).then(
      (open) => {
        open.on('disconnected', () => {
          if (browser === started) browser = null;
          if (running === open) {
            running = null;
            spare = null;
          }
        });
        if (browser === started) running = open;
        return open;
      },
      (error: unknown) => {
        if (browser === started) browser = null;
        throw chromiumMissing({ tried: [path], cause: String(error) });
      },
    );
    browser = started;
    return started;
  };

  /** The running browser, launched if there is none or the last one went away. */
  const launched = async (): Promise<Browser> => {
    if (!executablePath) throw chromiumMissing({ tried: configured ? [configured] : WELL_KNOWN });
    const current = browser ?? start(executablePath);
    const open = await current;
    if (open.isConnected()) return open;
    if (browser === current) browser = null;
    return browser ?? start(executablePath);
  };

  /** The spare if it is ready on this browser, else a new context and page. */
  const sheetOn = async (open: Browser): Promise<Sheet> => {
    const ready = spare;
    spare = null;
    const made = ready ? await ready : null;
    if (made && made.browser === open && open.isConnected() && !made.page.isClosed()) return made;
    if (made) void made.context.close().catch(() => {});
    return newSheet(open);
  };

  /** Makes the next document's context and page now, while nobody waits. */
  const prepareSpare = () => {
    if (spare || !running?.isConnected()) return;
    spare = newSheet(running).catch(() => null);
  };

  const printOn = async (open: Browser, html: string, spans?: Spans) => {
    const sheet = await timed(spans, 'chromium page', () => sheetOn(open));
    try {
      await timed(spans, 'chromium setContent', () =>
        sheet.page.setContent(html, { waitUntil: 'load' }),
      );
      return await timed(spans, 'chromium pdf', () =>
        sheet.page.pdf({
          format: 'A4',
          printBackground: true,
          preferCSSPageSize: true,
          tagged: true,
          outline: true,
        }),
      );
    } finally {
      // closed behind the answer: nothing waits for it
      void sheet.context.close().catch(() => {});
    }
  };

  return {
    available: () => executablePath !== null,
    launches: () => launches,
    async print(html, spans) {
      const release = await timed(spans, 'chromium queue', () => takeTurn());
      try {
        const open = await timed(spans, 'chromium launch', launched);
        try {
          return await printOn(open, html, spans);
        } catch (error) {
          if (open.isConnected()) throw error;
          return await printOn(await timed(spans, 'chromium launch', launched), html, spans);
        }
      } finally {
        release();
        setImmediate(prepareSpare);
      }
    },
    async close() {
      const open = browser;
      browser = null;
      running = null;
      spare = null;
      if (open) await (await open.catch(() => null))?.close();
    },
  };
}
