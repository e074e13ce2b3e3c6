import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import JSZip from 'jszip';
import type { ReportChapters } from '#contracts/reports.ts';
import type { UnitReport } from '#contracts/followup.ts';
import type { Me } from '#contracts/people.ts';
import type { TreeResponse } from '#contracts/org.ts';
import type { BudgetYear } from '#contracts/years.ts';
import { expectAccessible, logIn } from './support.ts';

/*
 * Trafiknämnden's VB 2015: a committee no other spec uses and nobody but the administrator has a
 * role on, so the workflow steps this spec takes tell nobody (the notification specs count what
 * the demo's reporter and approver are told). At the end the administrator reopens the report,
 * which takes it off the public pages again.
 */
const ADMIN = 'admin@stockholm.example';
const UNIT = 'Trafiknämnden';
const XSS = '<img src=x onerror=alert(1)>';

type Api = {
  base: string;
  unitId: string;
  periodId: string;
  headers: Record<string, string>;
};

async function place(page: Page): Promise<Api> {
  const me = (await (await page.request.get('/api/auth/me')).json()) as Me;
  const years = (await (await page.request.get('/api/years')).json()) as { years: BudgetYear[] };
  const periodId = years.years
    .find((y) => y.year === 2015)!
    .periods.find((p) => p.key === 'VB')!.id;
  const tree = (await (
    await page.request.get('/api/org/units?date=2015-12-31')
  ).json()) as TreeResponse;
  const unitId = tree.units.find((u) => u.name === UNIT)!.id;
  return {
    base: `/api/units/${unitId}/periods/${periodId}`,
    unitId,
    periodId,
    headers: { 'x-csrf-token': me.csrfToken },
  };
}

/** Adopts and publishes the report through the API (the workflow's own spec covers its pages). */
async function adoptAndPublish(page: Page, { base, headers }: Api) {
  const chapters = (await (await page.request.get(`${base}/chapters`)).json()) as ReportChapters;
  for (const chapter of chapters.chapters.filter((c) => c.hasText && c.missing.length > 0)) {
    const written = await page.request.put(`${base}/chapters/${chapter.key}/text`, {
      headers,
      data: { text: `Nämndens text om ${chapter.heading}.`, version: 0 },
    });
    expect(written.status(), await written.text()).toBe(200);
  }
  const reason = 'Nämnden har inget eget mål att följa upp 2015.';
  const steps = [
    { transition: 'submit' },
    { transition: 'approve' },
    { transition: 'adopt', adoptedOn: '2016-02-10', decisionRef: 'Dnr 182-71/2016', reason },
  ];
  for (const step of steps) {
    const report = (await (await page.request.get(`${base}/report`)).json()) as UnitReport;
    const moved = await page.request.post(`${base}/transition`, {
      headers,
      data: { ...step, version: report.state.version },
    });
    expect(moved.status(), await moved.text()).toBe(200);
  }
  const published = await page.request.put(`${base}/publication`, {
    headers,
    data: { published: true, reason },
  });
  expect(published.status(), await published.text()).toBe(200);
}

/** The file a download link gives, as the browser saves it (after `key`, or a click). */
async function downloaded(page: Page, link: Locator, key?: string) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    key ? page.keyboard.press(key) : link.click(),
  ]);
  return { name: download.suggestedFilename(), bytes: readFileSync((await download.path())!) };
}

/** Each text found after the one before it. */
function expectInOrder(text: string, items: string[]) {
  let at = 0;
  for (const item of items) {
    const found = text.indexOf(item, at);
    expect(found, `"${item}" in order`).toBeGreaterThanOrEqual(0);
    at = found + item.length;
  }
}

async function reopen(page: Page, { base, headers }: Api) {
  const report = (await (await page.request.get(`${base}/report`)).json()) as UnitReport;
  const reopened = await page.request.post(`${base}/transition`, {
    headers,
    data: {
      transition: 'reopen',
      comment: 'Tillbaka till utkast efter testet.',
      version: report.state.version,
    },
  });
  expect(reopened.status(), await reopened.text()).toBe(200);
}

test('a decision case: proposals prepared, the decision and a reservation referring to a statement recorded, read by the public', async ({
  page,
  browser,
}) => {
  await logIn(page, ADMIN);
  const at = await place(page);
  await page.goto(`/decision-case?year=2015&period=${at.periodId}&unit=${at.unitId}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    `Ärende: ${UNIT}, Verksamhetsberättelse 2015`,
  );

  // The proposals the rules give an annual report; reorder, add one and save.
  const first = page.getByLabel('Förslag 1', { exact: true });
  await expect(first).toHaveValue('Verksamhetsberättelsen med bokslut 2015 godkänns.');
  await expect(page.getByLabel('Förslag 2', { exact: true })).toHaveValue(
    'Verksamhetsberättelsen överlämnas till stadens revisorer.',
  );
  await page.getByRole('button', { name: 'Flytta förslag 2 uppåt' }).click();
  await expect(first).toHaveValue('Verksamhetsberättelsen överlämnas till stadens revisorer.');
  await expect(first).toBeFocused();
  await page.getByRole('button', { name: 'Flytta förslag 1 nedåt' }).click();
  await page.getByRole('button', { name: 'Lägg till förslag' }).click();
  const third = page.getByLabel('Förslag 3', { exact: true });
  await expect(third).toBeFocused();
  await page.keyboard.type('Nämndens överskott redovisas i stadens bokslut.');
  await page.getByLabel('Diarienummer').fill('182-71/2016');
  await page.getByLabel('Föredragande, titel').fill('trafikdirektören');
  await page.getByLabel('Föredragande, namn').fill('Tova Trafik');
  await page.getByRole('button', { name: 'Lägg till steg i beredningen' }).click();
  await page.getByLabel('Datum, steg 1').fill('2016-01-21');
  await page.getByLabel('Beredning, steg 1').fill('Ärendet har behandlats i förvaltningsgruppen.');
  await page.getByRole('button', { name: 'Spara ärendet' }).click();
  await expect(page.getByText(/Sparat av Alva Administratör .*version 1\./)).toBeVisible();
  await expectAccessible(page, 'the decision case being prepared');

  // The clerk records the decision: the first two approved, the third amended.
  await page.getByLabel('Beslutsdatum').fill('2016-02-10');
  await page.getByLabel('Beslutande organ').fill('Trafiknämnden');
  await page.getByLabel('Beslut om förslag 3').selectOption({ label: 'Ändrat' });
  await page.getByRole('button', { name: 'Registrera beslutet' }).click();
  await expect(page.getByText('Skriv hur förslaget ändrades.')).toBeVisible();
  await page
    .getByLabel('Ändrad lydelse eller anteckning, förslag 3')
    .fill('Överskottet redovisas i nämndens bokslut.');
  await page.getByRole('button', { name: 'Registrera beslutet' }).click();
  await expect(
    page.getByText('Beslutet är registrerat. Ärendets förslag ändras inte längre.'),
  ).toBeVisible();

  // A special statement, then a reservation that refers to it.
  await page.getByRole('button', { name: 'Lägg till uttalande' }).click();
  await page.getByLabel('Var det gjordes').fill('Borgarrådsberedningen');
  await page.getByLabel('Namn, ledamot 1').fill('Anna König Jerlmyr');
  await page.getByLabel('Parti, ledamot 1').fill('M');
  await page.getByLabel('Text', { exact: true }).fill(`Vi har skiljaktig mening. ${XSS}`);
  await page.getByRole('button', { name: 'Spara uttalandet' }).click();
  await expect(
    page.getByRole('article', { name: /Särskilt uttalande av Anna König Jerlmyr/ }),
  ).toBeVisible();

  await page.getByRole('button', { name: 'Lägg till uttalande' }).click();
  await expect(page.getByLabel('Slag av uttalande')).toBeFocused();
  await page.getByLabel('Slag av uttalande').selectOption({ label: 'Reservation' });
  await page.getByLabel('Var det gjordes').fill('Trafiknämnden');
  await page.getByLabel('Namn, ledamot 1').fill('Carin Jämtin');
  await page.getByLabel('Parti, ledamot 1').fill('S');
  await page.getByRole('button', { name: 'Lägg till ledamot' }).click();
  await page.getByLabel('Namn, ledamot 2').fill('Roger Mogert');
  await page.getByLabel('Parti, ledamot 2').fill('S');
  await page.getByLabel('Hänvisar till').selectOption({
    label: 'Särskilt uttalande av Anna König Jerlmyr (M) i Borgarrådsberedningen',
  });
  await page.getByRole('button', { name: 'Spara uttalandet' }).click();
  const reservation = page.getByRole('article', { name: /Reservation av Carin Jämtin/ });
  await expect(reservation).toContainText(
    'Med hänvisning till: Särskilt uttalande av Anna König Jerlmyr (M) i Borgarrådsberedningen',
  );
  await expect(
    page.getByRole('article', { name: /Särskilt uttalande/ }).getByText(XSS, { exact: false }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Lägg till uttalande' })).toBeFocused();
  await expectAccessible(page, 'the minutes with a decision and statements');

  // The case as a document: Word and HTML hold the proposals in order and the statements as text.
  const proposals = [
    'Verksamhetsberättelsen med bokslut 2015 godkänns.',
    'Verksamhetsberättelsen överlämnas till stadens revisorer.',
    'Nämndens överskott redovisas i stadens bokslut.',
  ];
  const downloads = page.getByRole('group', { name: 'Ladda ner ärendet som dokument' });
  const html = await downloaded(page, downloads.getByRole('link', { name: 'Ladda ner som HTML' }));
  expect(html.name).toMatch(/\.html$/);
  const htmlText = html.bytes.toString('utf8');
  expectInOrder(htmlText, proposals);
  expect(htmlText).toContain('Reservation anfördes av Carin Jämtin och Roger Mogert (båda S)');
  expect(htmlText).toContain('&lt;img src=x onerror=alert(1)&gt;');
  expect(htmlText).not.toContain(XSS);
  await expect(page.getByRole('status').filter({ hasText: 'är nedladdad' })).toHaveText(
    `${html.name} är nedladdad.`,
  );
  // by keyboard: Word
  const word = downloads.getByRole('link', { name: 'Ladda ner som Word' });
  await word.focus();
  const docx = await downloaded(page, word, 'Enter');
  expect(docx.name).toMatch(/\.docx$/);
  const body = await (await JSZip.loadAsync(docx.bytes)).file('word/document.xml')!.async('string');
  expectInOrder(body, proposals);
  expect(body).toContain('Tova Trafik');
  // A server without Chromium: the PDF's refusal is shown in words, not as JSON.
  await page.route('**/decision-case/document?format=pdf', (route) =>
    route.fulfill({
      status: 503,
      contentType: 'application/json',
      body: JSON.stringify({
        error: { code: 'documents.chromium_missing', message: 'PDF documents need Chromium.' },
      }),
    }),
  );
  await downloads.getByRole('link', { name: 'Ladda ner som PDF' }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'apt-get install chromium' }),
  ).toContainText('PDF kan inte skapas: servern saknar webbläsaren Chromium.');
  await expect(page).toHaveURL(/\/decision-case\?/);
  await page.unroute('**/decision-case/document?format=pdf');
  await expectAccessible(page, 'the decision case with a refused PDF');

  // Adopted and published: the public reads the decision and the statements, as text.
  await adoptAndPublish(page, at);
  const citizen = await (await browser.newContext()).newPage();
  let alerted = false;
  citizen.on('dialog', (dialog) => {
    alerted = true;
    void dialog.dismiss();
  });
  await citizen.goto(`/public/0180/${at.periodId}/${at.unitId}`);
  const decision = citizen.getByRole('region', { name: 'Beslut', exact: true });
  await expect(decision).toBeVisible();
  await expect(
    decision.getByRole('row', { name: /Överskottet redovisas i nämndens bokslut/ }),
  ).toContainText('Ändrat');
  await expect(decision).toContainText('Carin Jämtin (S), Roger Mogert (S)');
  await expect(decision).toContainText(
    'Med hänvisning till: Särskilt uttalande av Anna König Jerlmyr (M) i Borgarrådsberedningen',
  );
  await expect(decision.getByText(XSS, { exact: false })).toBeVisible();
  await expect(citizen.locator('img[src="x"]')).toHaveCount(0);
  expect(alerted).toBe(false);
  await expectAccessible(citizen, 'a published decision');

  await reopen(page, at);
  await citizen.reload();
  await expect(
    citizen.getByRole('heading', { level: 1, name: 'Rapporten finns inte' }),
  ).toBeVisible();
});
