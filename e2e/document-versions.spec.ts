import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { expect, test, type Download, type Page } from '@playwright/test';
import type { UnitReport } from '#contracts/followup.ts';
import type { Me } from '#contracts/people.ts';
import type { TreeResponse } from '#contracts/org.ts';
import type { ReportChapters } from '#contracts/reports.ts';
import type { BudgetYear } from '#contracts/years.ts';
import { expectAccessiblePart, logIn } from './support.ts';

/**
 * Adopted documents are frozen (#11 item 3). Data: Internationella avdelningen (under
 * Kommunstyrelsen's office), Tertialrapport 2 2015, which no other spec touches; this spec
 * adopts it, reopens it, corrects a chapter text, adopts it again and stores a new version.
 */
const ADMIN = 'admin@stockholm.example';
const UNIT = 'Internationella avdelningen';
const CORRECTED = 'Rättad text efter fastställandet.';

type Api = { base: string; address: string; headers: Record<string, string> };

async function theReport(page: Page): Promise<Api> {
  const me = (await (await page.request.get('/api/auth/me')).json()) as Me;
  const years = (await (await page.request.get('/api/years')).json()) as { years: BudgetYear[] };
  const periodId = years.years
    .find((y) => y.year === 2015)!
    .periods.find((p) => p.key === 'T2')!.id;
  const tree = (await (
    await page.request.get('/api/org/units?date=2015-08-31')
  ).json()) as TreeResponse;
  const unitId = tree.units.find((u) => u.name === UNIT)!.id;
  return {
    base: `/api/units/${unitId}/periods/${periodId}`,
    address: `/followup?year=2015&period=${periodId}&unit=${unitId}`,
    headers: { 'x-csrf-token': me.csrfToken },
  };
}

/** Workflow steps through the API (the workflow's own specs cover its pages). */
async function steps(page: Page, { base, headers }: Api, list: object[]) {
  for (const step of list) {
    const report = (await (await page.request.get(`${base}/report`)).json()) as UnitReport;
    const moved = await page.request.post(`${base}/transition`, {
      headers,
      data: { ...step, version: report.state.version },
    });
    expect(moved.status(), await moved.text()).toBe(200);
  }
}

/** Every chapter text the template asks for, so that the report can go on. */
async function writeChapters(
  page: Page,
  { base, headers }: Api,
  text: (heading: string) => string,
) {
  const chapters = (await (await page.request.get(`${base}/chapters`)).json()) as ReportChapters;
  for (const chapter of chapters.chapters.filter((c) => c.hasText)) {
    const written = await page.request.put(`${base}/chapters/${chapter.key}/text`, {
      headers,
      data: { text: text(chapter.heading), version: chapter.text?.version ?? 0 },
    });
    expect(written.status(), await written.text()).toBe(200);
  }
}

const sha256Of = async (download: Download) =>
  createHash('sha256')
    .update(await readFile((await download.path())!))
    .digest('hex');
const bytesOf = async (download: Download) => readFile((await download.path())!);

test('a generated report is adopted, its frozen version stays the same after the data is edited, and a correction is a new version with a reason', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await logIn(page, ADMIN);
  const api = await theReport(page);
  const reason = 'Avdelningen har inget eget mål att följa upp.';
  await writeChapters(page, api, (heading) => `Avdelningens text om ${heading}.`);
  await steps(page, api, [{ transition: 'submit' }, { transition: 'approve' }]);

  // Generate: the report downloaded as a document before it is adopted.
  await page.goto(api.address);
  const generated = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Ladda ner som HTML' }).click();
  expect((await bytesOf(await generated)).toString('utf8')).toContain(UNIT);

  // Adopt on the page; the adoption freezes the documents as version 1.
  const versions = page.locator('section.document-versions');
  await expect(versions).toContainText('Inga fastställda versioner ännu');
  await page.getByRole('button', { name: 'Registrera fastställande' }).click();
  await page.getByLabel('Datum för nämndens beslut').fill('2015-09-24');
  await page.getByLabel('Diarienummer (dnr)').fill('Dnr 100-2015/12');
  const reasonField = page.getByLabel('Skäl att gå vidare trots att uppgifter saknas');
  if (await reasonField.isVisible()) await reasonField.fill(reason);
  await page.getByRole('button', { name: 'Registrera fastställandet' }).click();
  await expect(page.locator('.report-status .facts')).toContainText('Fastställd', {
    timeout: 60_000,
  });
  const htmlRow = (version: number) =>
    versions
      .getByRole('row')
      .filter({ hasText: 'Ladda ner HTML' })
      .filter({ has: page.getByRole('cell', { name: String(version), exact: true }) })
      .filter({ hasText: 'Rapport' });
  await expect(htmlRow(1)).toContainText('2015-09-24, Dnr 100-2015/12', { timeout: 30_000 });
  await expectAccessiblePart(page, 'section.document-versions', 'the adopted versions');
  const shownHash = (await htmlRow(1).locator('code').innerText()).trim();
  expect(shownHash).toMatch(/^[0-9a-f]{64}$/);
  const frozenDownload = async () => {
    const download = page.waitForEvent('download');
    await htmlRow(1).getByRole('link', { name: 'Ladda ner HTML' }).click();
    return download;
  };
  const first = await frozenDownload();
  expect(await sha256Of(first)).toBe(shownHash);
  const firstBytes = await bytesOf(first);

  // Edit the data: reopened by the administrator, a chapter text corrected.
  await steps(page, api, [{ transition: 'reopen', comment: 'En text ska rättas.' }]);
  await writeChapters(page, api, () => CORRECTED);
  const current = await page.request.get(`${api.base}/document?format=html`);
  expect(await current.text()).toContain(CORRECTED);

  // The frozen version is unchanged: the same bytes, the same hash as shown.
  await page.reload();
  await expect(htmlRow(1).locator('code')).toHaveText(shownHash);
  const again = await frozenDownload();
  expect(await sha256Of(again)).toBe(shownHash);
  expect((await bytesOf(again)).equals(firstBytes)).toBe(true);
  expect(firstBytes.toString('utf8')).not.toContain(CORRECTED);

  // Adopted again: version 2 holds the correction, with the re-adoption as its reason.
  await steps(page, api, [
    { transition: 'submit' },
    { transition: 'approve' },
    { transition: 'adopt', adoptedOn: '2015-10-01', decisionRef: 'Dnr 100-2015/13', reason },
  ]);
  await page.reload();
  await expect(htmlRow(2)).toContainText('Fastställd på nytt 2015-10-01, Dnr 100-2015/13');

  // "Ny version" asks why, then stores version 3 with the reason.
  await page.getByRole('button', { name: 'Ny version' }).click();
  await page.getByRole('button', { name: 'Spara ny version' }).click();
  await expect(page.getByText('Skriv varför en ny version behövs.').first()).toBeVisible();
  await page.getByLabel('Skäl till den nya versionen').fill('Diarienumret i bilagan rättat.');
  await expectAccessiblePart(page, 'section.document-versions', 'the new-version form');
  await page.getByRole('button', { name: 'Spara ny version' }).click();
  await expect(page.getByText('Version 3 är sparad.')).toBeVisible({ timeout: 60_000 });
  await expect(htmlRow(3)).toContainText('Diarienumret i bilagan rättat.');
  const third = page.waitForEvent('download');
  await htmlRow(3).getByRole('link', { name: 'Ladda ner HTML' }).click();
  const thirdHash = (await htmlRow(3).locator('code').innerText()).trim();
  expect(await sha256Of(await third)).toBe(thirdHash);
});
